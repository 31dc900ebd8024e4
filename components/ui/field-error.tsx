/** The inline error under a question, tied to its field by `id` (use it in aria-describedby). */
export function FieldError({ id, text }: { id: string; text?: string }) {
  if (!text) return null
  return (
    <p id={id} className="mb-2 font-bold text-red-800">
      {text}
    </p>
  )
}
