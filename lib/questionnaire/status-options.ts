// The status and document choices offered per host country (copy: questions.json legal-status.options.<host>.<code>).
// Colombia's PPT exists only there, and only for Venezuelans; Ecuador's regularization process only there
// (docs/sources.md, Colombia and Ecuador).
import type { HostCountry, StatusCode } from '@/lib/rules/answers'

const documents: StatusCode[] = ['valid_passport', 'expired_passport', 'national_id']

const statusOptions: Record<HostCountry, StatusCode[]> = {
  CO: ['ppt', 'ppt_in_process', 'asylum_seeker', 'refugee', 'regular_permit', ...documents],
  CR: ['asylum_seeker', 'refugee', 'regular_permit', ...documents],
  EC: ['regularization_applied', 'asylum_seeker', 'refugee', 'regular_permit', ...documents],
  GT: ['regular_permit', ...documents],
}

/** Statuses only some nationalities can hold: the PPT is for Venezuelans only (Resolución 971 de 2021, ETPV). */
const onlyFor: Partial<Record<StatusCode, string[]>> = { ppt: ['VE'], ppt_in_process: ['VE'] }

/** The choices offered to this person: the host country's, less those their nationality cannot hold. */
export function statusOptionsFor(host: HostCountry, nationality: string | undefined): StatusCode[] {
  return statusOptions[host].filter((code) => !onlyFor[code] || (nationality && onlyFor[code].includes(nationality)))
}

/** Answers that stand alone: they cannot be combined with any other choice. */
export const exclusiveStatuses: StatusCode[] = ['none', 'unsure']
