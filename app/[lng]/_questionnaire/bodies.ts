// The page body of each shared question, beside its module in lib/questionnaire/questions (every programme fact
// shares the body in fact.tsx).
import type { BaseQuestionId } from '@/lib/questionnaire/questions'

import { Adult } from './adult'
import { ArrivalDate } from './arrival-date'
import { HostCountry } from './host-country'
import { LegalStatus } from './legal-status'
import { Nationality } from './nationality'
import { RegistrationDate } from './registration-date'
import type { QuestionProps } from './types'

type Body = (props: QuestionProps) => React.ReactNode

export const bodies: Record<BaseQuestionId, Body> = {
  'host-country': HostCountry,
  nationality: Nationality,
  'arrival-date': ArrivalDate,
  'legal-status': LegalStatus,
  'registration-date': RegistrationDate,
  adult: Adult,
}
