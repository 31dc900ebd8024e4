const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Whether `text` is a UUID (what the database's uuid columns accept); anything else finds nothing. */
export function isUuid(text: string): boolean {
  return uuidPattern.test(text)
}
