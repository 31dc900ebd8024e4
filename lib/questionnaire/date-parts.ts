/** Splits a saved answer date into form fields ("unsure" and absent give empty fields). */
export function dateParts(value: string | undefined): { day?: string; month?: string; year?: string } {
  if (!value || value === 'unsure') return {}
  const [year, month, day] = value.split('-')
  return { year, month: month ? String(Number(month)) : undefined, day: day ? String(Number(day)) : undefined }
}
