/** "Next person": a plain form POST (a new document, see next-person/route.ts), never a client-side action. */
export function NextPersonButton({ lng, label }: { lng: string; label: string }) {
  return (
    <form method="post" action={`/${lng}/assisted/next-person`}>
      <button
        type="submit"
        className="min-h-11 rounded border-2 border-green-800 bg-green-800 px-4 font-bold text-white"
      >
        {label}
      </button>
    </form>
  )
}
