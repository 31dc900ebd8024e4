import type { QuestionId } from '@/lib/questionnaire/flow'

import { Adult } from '../../_questionnaire/adult'
import { ArrivalDate } from '../../_questionnaire/arrival-date'
import { HostCountry } from '../../_questionnaire/host-country'
import { LegalStatus } from '../../_questionnaire/legal-status'
import { Nationality } from '../../_questionnaire/nationality'
import { RegistrationDate } from '../../_questionnaire/registration-date'
import type { QuestionProps } from '../../_questionnaire/types'

/** The server pages' own question bodies (app/[lng]/_questionnaire), drawn in the browser. */
export const bodies: Record<QuestionId, (props: QuestionProps) => React.ReactNode> = {
  'host-country': HostCountry,
  nationality: Nationality,
  'arrival-date': ArrivalDate,
  'legal-status': LegalStatus,
  'registration-date': RegistrationDate,
  adult: Adult,
}
