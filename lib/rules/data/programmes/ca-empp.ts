// Canada's Economic Mobility Pathways Pilot (fact sheet §3): Phase 2 from 3 December 2021 to 31 December 2025.
import type { Programme } from '../../programmes/programme'
import { from } from './provenance'
import { sources as S } from './sources'
import { factDefinition, programmeText } from './text'

export const caEmpp: Programme = {
  id: 'ca-empp',
  engine: 'blocks',
  kind: 'third-country-pathway',
  ...programmeText('ca-empp'),
  officialName: { text: 'Economic Mobility Pathways Pilot (EMPP)', language: 'en' },
  hostCountries: ['CO', 'CR', 'EC', 'GT'],
  links: [
    {
      purpose: 'information',
      ...from(
        S.EMPP_POLICY,
        'Application URL not retrieved; applications went through IRCC and partner organisations.',
      ),
    },
  ],
  facts: [factDefinition('canadian-job-offer-or-skills-stream'), factDefinition('has-durable-solution')],
  versions: [
    {
      id: '2021-12-03-phase-2',
      effectiveFrom: '2021-12-03',
      note: 'Phase 2 opens 3 December 2021; no new applications after 31 December 2025.',
      criteria: [
        {
          id: 'registration',
          periods: [
            {
              status: 'unknown',
              from: '2018-01-01',
              until: '2021-12-02',
              ...from(S.EMPP_BELLISSIMO, 'A pilot since 2018; Phase 1 rules were not gathered.'),
            },
            {
              status: 'open',
              from: '2021-12-03',
              until: '2025-12-30',
              ...from(S.EMPP_BELLISSIMO, 'Phase 2 opened 3 December 2021 (EMPP-BELLISSIMO; EMPP-POLICY).'),
            },
            {
              status: 'unknown',
              from: '2025-12-31',
              until: '2025-12-31',
              ...from(
                S.EMPP_END_IMMIGRATIC,
                'Applications "accepted on or before" 31 December (EMPP-END-IMMIGRATIC) vs halted at 19:38 EST on 30 December (EMPP-END-VISAHQ).',
              ),
            },
            {
              status: 'closed',
              from: '2026-01-01',
              ...from(S.EMPP_END_IMMIGRATIC, 'Ended or paused with no restart date (EMPP-END-WS; EMPP-END-VISAHQ2).'),
            },
          ],
        },
        {
          id: 'nationality-any-but',
          excluded: [],
          excludeHostNationals: true,
          ...from(
            S.EMPP_MONDAQ,
            'Any nationality, but applicants must be outside their country of persecution: a national of the host country cannot qualify (inferred).',
          ),
        },
        {
          id: 'legal-status-any-of',
          anyOf: [
            {
              code: 'refugee',
              ...from(S.CA_MS, 'A positive refugee status determination by UNHCR or the host state.'),
            },
            { code: 'asylum_seeker', ...from(S.CA_MS, 'Proof of registration as an asylum seeker by the host state.') },
          ],
          otherwise: 'unknown',
          ...from(
            S.EMPP_MONDAQ,
            'Registration with UNHCR as a person of concern also counts; the questionnaire does not ask it, so other answers stay unknown.',
          ),
        },
        {
          id: 'fact',
          fact: 'canadian-job-offer-or-skills-stream',
          mustBe: 'yes',
          otherAnswer: 'not_met',
          ...from(S.EMPP_POLICY, 'Meet one economic programme (EMPP-POLICY; EMPP-MONDAQ).'),
        },
        {
          id: 'fact',
          fact: 'has-durable-solution',
          mustBe: 'no',
          otherAnswer: 'not_met',
          ...from(S.EMPP_MONDAQ, 'No durable solution in a third country (EMPP-MONDAQ; EMPP-BELLISSIMO).'),
        },
      ],
      checkYourself: [],
    },
  ],
}
