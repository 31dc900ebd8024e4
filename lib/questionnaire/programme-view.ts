// Every other programme's result in words, for the result page, the printed sheet and the result-code page: the
// programmes for this person's country and nationality as sections, the others as one line each saying why not.
import type { TFunction } from 'i18next'

import { countryName, formatDate, listText } from '@/lib/i18n/format'
import type { Language } from '@/lib/i18n/settings'
import type { StatusCode } from '@/lib/rules/answers'
import type { Outcome } from '@/lib/rules/evaluation'
import type { AnyProgramme, BlockResult, BlocksEvaluation, DateWindow, Programme } from '@/lib/rules/programmes'
import { programmeVersionOn } from '@/lib/rules/programmes/registration'

export interface ProgrammeSection {
  id: string
  name: string
  officialName: { text: string; language: string }
  description: string
  kind: string
  outcome: Outcome
  /** The outcome in words (referral-only programmes say "may be identified", not "may apply"). */
  outcomeText: string
  criteria: { status: BlockResult['status']; text: string }[]
  steps: { text: string; url?: string }[]
  identifiedBy?: string
  checkYourself: string[]
}

export interface ProgrammesView {
  sections: ProgrammeSection[]
  /** One line per programme that is not for this person ("…: only for Colombian, Haitian and Venezuelan citizens"). */
  notForYou: { id: string; text: string }[]
}

interface Words {
  lng: Language
  /** The `programmes` namespace. */
  t: TFunction
  /** The `questions` namespace (status names). */
  q: TFunction
}

const countries = (w: Words, codes: string[]) =>
  listText(
    w.lng,
    codes.map((c) => countryName(w.lng, c)),
  )
const status = (w: Words, code: StatusCode) => w.q(`legal-status.options.${code}.label`)

/** Each programme other than Safe Mobility, evaluated for this person, in words. */
export function programmesView(
  lng: Language,
  words: { t: TFunction; q: TFunction },
  programmes: AnyProgramme[],
  evaluations: BlocksEvaluation[],
  nationality: string,
): ProgrammesView {
  const w = { lng, ...words }
  const view: ProgrammesView = { sections: [], notForYou: [] }
  for (const e of evaluations) {
    const p = programmes.find((x): x is Programme => x.id === e.programme && x.engine === 'blocks')
    if (!p) continue
    if (e.applies) view.sections.push(section(w, p, e))
    else view.notForYou.push({ id: p.id, text: whyNot(w, p, e, nationality) })
  }
  return view
}

function section(w: Words, p: Programme, e: BlocksEvaluation): ProgrammeSection {
  const { lng, t } = w
  const route = e.routes.find((r) => r.id === e.route)?.criteria ?? []
  const criteria = [...e.criteria, ...route].flatMap((c) =>
    c.id === 'host-country' ? [] : [{ status: c.status, text: criterionText(w, p, c, e.asOf) }],
  )
  const referral = p.kind === 'referral-only' && e.outcome === 'likely_eligible'
  const result: ProgrammeSection = {
    id: p.id,
    name: p.name[lng],
    officialName: p.officialName,
    description: p.description[lng],
    kind: t(`kind.${p.kind}`),
    outcome: e.outcome,
    outcomeText: t(`result.outcome.${referral ? 'referral' : e.outcome}`),
    criteria,
    steps: e.nextSteps.map((s) => stepText(w, p, e, s)),
    checkYourself: e.checkYourself.map((c) => t(`check-yourself.${c}`)),
  }
  if (p.identifiedBy) result.identifiedBy = p.identifiedBy.text[lng]
  return result
}

function windowText(w: Words, key: string, win: DateWindow, extra: Record<string, string> = {}): string {
  const from = win.from && formatDate(w.lng, win.from)
  const until = win.until && formatDate(w.lng, win.until)
  const variant = from && until ? 'range' : from ? 'from' : 'until'
  return w.t(`${key}.${variant}`, { from, until, ...extra })
}

function criterionText(w: Words, p: Programme, c: BlockResult, asOf: string): string {
  const { t, lng } = w
  switch (c.id) {
    case 'registration':
      return t(`criterion.registration.${c.periodStatus}`, { date: formatDate(lng, asOf) })
    case 'nationality-any-of':
      return t('criterion.nationality-any-of', {
        countries: countries(
          w,
          c.rule.nationalities.map((n) => n.code),
        ),
      })
    case 'nationality-any-but': {
      const listed = c.rule.excluded.map((n) => n.code)
      const parts = listed.length ? [t('criterion.nationality-any-but', { countries: countries(w, listed) })] : []
      if (c.rule.excludeHostNationals) parts.push(t('criterion.not-host-nationals'))
      return parts.join(' ') || t('criterion.any-nationality')
    }
    case 'arrival':
      return windowText(w, 'criterion.arrival', c.rule.window)
    case 'legal-status-any-of': {
      const each = c.rule.anyOf.map((s) =>
        s.registered
          ? windowText(w, 'criterion.registered', s.registered, { status: status(w, s.code) })
          : status(w, s.code),
      )
      return t('criterion.legal-status-any-of', { statuses: each.join('; ') })
    }
    case 'legal-status-none-of':
      return t('criterion.legal-status-none-of', { statuses: c.rule.noneOf.map((s) => status(w, s.code)).join('; ') })
    case 'age':
      return t(`criterion.age.${c.rule.mustBe}`)
    case 'fact': {
      const fact = c.rule.fact
      const question = p.facts.find((f) => f.id === fact)?.question[lng] ?? fact
      return t('criterion.fact', { question, answer: w.q(`fact.options.${c.rule.mustBe}`) })
    }
  }
}

function stepText(w: Words, p: Programme, e: BlocksEvaluation, s: BlocksEvaluation['nextSteps'][number]) {
  const params = s.params ?? {}
  const date = (v: unknown) => (typeof v === 'string' ? formatDate(w.lng, v) : '')
  switch (s.code) {
    case 'programme-link':
      return { text: w.t('next-step.programme-link', { title: params.title }), url: String(params.url) }
    case 'programme-note': {
      const note = programmeVersionOn(p, e.asOf).notes?.find((n) => n.id === params.note)
      return { text: note?.text[w.lng] ?? '' }
    }
    case 'confirm-fact': {
      const question = p.facts.find((f) => f.id === params.fact)?.question[w.lng] ?? ''
      return { text: `${w.t('next-step.confirm-fact')} ${question}` }
    }
    default:
      return { text: w.t(`next-step.${s.code}`, { date: date(params.date), since: date(params.since) }) }
  }
}

/** Why a programme is not for this person, in one line. */
function whyNot(w: Words, p: Programme, e: BlocksEvaluation, nationality: string): string {
  const name = p.name[w.lng]
  if (e.criteria.some((c) => c.id === 'host-country'))
    return w.t('not-for-you.host-country', { name, countries: countries(w, p.hostCountries) })
  for (const c of e.criteria) {
    if (c.status !== 'not_met') continue
    if (c.id === 'nationality-any-of')
      return w.t('not-for-you.nationality-any-of', {
        name,
        countries: countries(
          w,
          c.rule.nationalities.map((n) => n.code),
        ),
      })
    if (c.id === 'nationality-any-but')
      return c.rule.excluded.some((n) => n.code === nationality)
        ? w.t('not-for-you.nationality-any-but', {
            name,
            countries: countries(
              w,
              c.rule.excluded.map((n) => n.code),
            ),
          })
        : w.t('not-for-you.host-nationals', { name })
  }
  return name
}
