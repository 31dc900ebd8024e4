// When each source was published (as recorded when the values were checked) and the names reasons use for it.
// An undated page or snapshot can say what a rule was, but not since when. `npm run rules:sources` reads this.
import type { sources } from './sources'

export interface SourceFacts {
  /** "YYYY-MM-DD" or "YYYY-MM" as published; absent when the source carries no date. */
  date?: string
  /** Why it has no (exact) date, when that is worth saying. */
  note?: string
  /** Names a reason may call it by, besides its key written with hyphens ("PLEDGE-CO"); only unambiguous ones. */
  names?: string[]
}

export const sourceFacts: Record<keyof typeof sources, SourceFacts> = {
  MS_HOME: { note: 'snapshot after the programme ended' },
  MS_CO: { note: 'undated snapshot; mentions "From Friday 10 November" (2023)' },
  MS_CR: { note: 'undated snapshot' },
  MS_EC: { note: 'undated snapshot; mentions the 15 January 2024 schedule' },
  MS_GT_PRIV: {},
  CANC_CO: { date: '2023-06-14', names: ['Cancillería'] },
  ESPECT_CO: { date: '2023-08', names: ['El Espectador'] },
  PLEDGE_CO: { date: '2023-06-29' },
  ELTIEMPO_CO: { date: '2023-06' },
  ELSOL_SEP23: { date: '2023-09', names: ['El Sol'] },
  ELPAIS_OCT23: { date: '2023-10-02', names: ['El País'] },
  USAHELLO_AUG24: { date: '2024-08-02', note: 'the date the guide was updated' },
  USAHELLO_LATE: { note: 'later, undated version of the same guide' },
  ETPV_CO: {},
  STATE_CR: { date: '2023-06-12' },
  TELEMUNDO_CR: { date: '2023-06', names: ['Telemundo'] },
  NACION_CR: { date: '2023-06', names: ['La Nación'] },
  NIINV_DEC23: { date: '2023-12-14' },
  NIINV_SEP24: { date: '2024-09-27' },
  POPULAR_EC: { note: 'undated, 2024' },
  STATE_EC: { date: '2023-10' },
  QUENOT_EC: { date: '2023-10', names: ['Qué Noticias'] },
  MINEX_GT: { date: '2023-06' },
  AP_GT: { date: '2023-07' },
  EFE_DEC23: { date: '2023-12-19' },
  BLINEA_JUN23: { date: '2023-06' },
  TICO_JAN25: { date: '2025-01-26', names: ['Tico Times'] },
  UNHCR_ECUADOR_JUL24: { date: '2024-07', names: ['UNHCR Ecuador'] },
  UNHCR_HELP_GT: {},
  UNHCR_HELP_CR: {},
  UNHCR_HELP_CO: {},
  UNHCR_HELP_EC: {},
  MIGNEWS_CO: { note: 'June or July 2023, day not recorded' },
  LAMEZIA: { note: 'about November 2023, before 14 November' },
  MRT: { note: 'undated, after October 2023' },
  SEMANA_FEB25: { date: '2025-02' },
  ETPV_R971: { date: '2021-04-28', names: ['Resolución 971'] },
  TNH_DEC24: { date: '2024-12-05', names: ['The New Humanitarian'] },
  MS_GT: {},
}
