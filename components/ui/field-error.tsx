/** The inline error under a question, tied to its field by `id` (use it in aria-describedby). */
export function FieldError({ id, text }: { id: string; text?: string }) {
  if (!text) return null
  return <p id={id} className="font-bold text-red-800 mb-2">{text}</p>
}
