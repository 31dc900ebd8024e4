// Who walks the questionnaire: the person alone ('check') or a volunteer with them ('assisted',
// docs/decisions/0007-assisted-mode.md).
// The mode is also the URL segment: /{lng}/check/... and /{lng}/assisted/...
const modes = ['check', 'assisted'] as const
export type Mode = (typeof modes)[number]

/** Whether `value` is a questionnaire mode. */
export function isMode(value: unknown): value is Mode {
  return typeof value === 'string' && (modes as readonly string[]).includes(value)
}

/** The path of a step ('host-country', 'check-answers', 'result', …) of the questionnaire in `mode`. */
export function stepPath(lng: string, mode: Mode, step: string): string {
  return `/${lng}/${mode}/${step}`
}

/** Where the questionnaire starts in `mode`: the public start page, or assisted mode's home. */
export function startPath(lng: string, mode: Mode): string {
  return mode === 'check' ? `/${lng}` : `/${lng}/assisted`
}
