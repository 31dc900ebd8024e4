// The shipped programmes, Safe Mobility first (the order a result page lists them). Validated by
// programmeSchema in programmes.test.ts, not on import.
import type { AnyProgramme } from '../../programmes/evaluate'
import { caEmpp } from './ca-empp'
import { caHumanitarianFamily2023 } from './ca-humanitarian-family-2023'
import { coEtpvRumv } from './co-etpv-rumv'
import { coPepTutor2025 } from './co-pep-tutor-2025'
import { coVisaV2024 } from './co-visa-v-2024'
import { crCet2023 } from './cr-cet-2023'
import { ecVirte2022 } from './ec-virte-2022'
import { ecVirte2023OtherNationalities } from './ec-virte-2023-other-nationalities'
import { ecVirteIi2024 } from './ec-virte-ii-2024'
import { esSmoReferral } from './es-smo-referral'
import { gtTrabajoTemporalMintrab } from './gt-trabajo-temporal-mintrab'
import { safeMobility } from './safe-mobility'

export const shippedProgrammes: AnyProgramme[] = [
  safeMobility,
  caHumanitarianFamily2023,
  caEmpp,
  esSmoReferral,
  crCet2023,
  coEtpvRumv,
  coPepTutor2025,
  coVisaV2024,
  ecVirte2022,
  ecVirte2023OtherNationalities,
  ecVirteIi2024,
  gtTrabajoTemporalMintrab,
]

/** The shipped programme with this id, if any. */
export function shippedProgramme(id: string): AnyProgramme | undefined {
  return shippedProgrammes.find((p) => p.id === id)
}
