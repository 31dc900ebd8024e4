/**
 * "Next person": a link to a confirmation page (works without JavaScript), whose button POSTs to
 * next-person/route.ts. `from` is the assisted page to return to when the volunteer does not confirm.
 */
export function NextPersonButton({ lng, label, from }: { lng: string; label: string; from: string }) {
  return (
    <a
      href={`/${lng}/assisted/next?from=${encodeURIComponent(from)}`}
      className="inline-flex min-h-11 items-center rounded border-2 border-green-800 bg-green-800 px-4 font-bold text-white no-underline"
    >
      {label}
    </a>
  )
}
