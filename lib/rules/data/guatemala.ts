// Guatemala (docs/sources.md): Guatemalans and, until 10 August 2023, Salvadorans, Hondurans and Nicaraguans.
import type { HostRules } from '../schema'
import { from } from './provenance'
import { sources as S, verifiedOn } from './sources'

const guatemalan = { code: 'GT', ...from(S.MINEX_GT, 'No arrival cutoff reported.') }

/** 12 June – 10 August 2023: CA-4 nationals, no cutoff, no status condition. */
export const guatemalaCa4: HostRules = {
  registrationPeriods: [
    {
      status: 'open',
      from: '2023-06-12',
      ...from(S.MINEX_GT, 'Form opened 12 June 2023 (it actually worked from the afternoon).'),
    },
  ],
  nationalities: [
    guatemalan,
    ...(['SV', 'HN', 'NI'] as const).map((code) => ({
      code,
      ...from(S.MINEX_GT, 'CA-4 nationals could register until 10 August 2023 (EFE-DEC23).'),
    })),
  ],
  legalStatus: { anyOf: [], otherwise: 'not_met', ...from(S.MINEX_GT, 'No legal-status condition reported.') },
  minimumAge: { years: 18, ...from(S.AP_GT) },
  pages: { official: S.MS_GT, unhcrHelp: S.UNHCR_HELP_GT, verifiedOn },
}

/** From 11 August 2023: only Guatemalans (the others are no longer listed, so they are not eligible). */
export const guatemalaOnly: HostRules = {
  ...guatemalaCa4,
  nationalities: [
    {
      ...guatemalan,
      ...from(
        S.EFE_DEC23,
        'State Dept: after 10 August 2023 only Guatemalans can register (also EFE-AUG23, VOA-2024).',
      ),
    },
  ],
}
