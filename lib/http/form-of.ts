/** A server action's form argument as sent, or an empty form when a tampered post put something else there. */
export function formOf(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData()
}
