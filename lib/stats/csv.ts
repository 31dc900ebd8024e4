// CSV text from rows of cells (RFC 4180). Pure.

/** One CSV line per row; quotes cells that need it and defuses cells a spreadsheet would run as a formula. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
}

function cell(value: string | number): string {
  let text = String(value)
  // Why: a cell starting with = + - @ runs as a formula in spreadsheets (OWASP "CSV injection").
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
