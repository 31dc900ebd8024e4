'use server'
import { randomBytes, randomUUID } from 'node:crypto'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { currentDevice } from '@/lib/assisted/device'
import { formOf } from '@/lib/http/form-of'
import { type Language, languageOr } from '@/lib/i18n/settings'
import { errorFields, requestLog } from '@/lib/log'
import { recordOutcome } from '@/lib/outcomes/record'
import { screeningFor } from '@/lib/questionnaire/current-screening'
import { completeAnswers } from '@/lib/questionnaire/draft'
import { clearDraft, readDraft, saveDraft, setFlash } from '@/lib/questionnaire/draft-store'
import { applyAnswer, nextStep } from '@/lib/questionnaire/flow'
import { isMode, type Mode, startPath, stepPath } from '@/lib/questionnaire/mode'
import { type Fields, isQuestionId, questionModule } from '@/lib/questionnaire/questions'
import { isoDay } from '@/lib/rules/answers'
import { todayIso } from '@/lib/rules/dates'
import { evaluate } from '@/lib/rules/evaluate'
import { evaluateProgramme } from '@/lib/rules/programmes'

function fieldsOf(formData: FormData): Fields {
  const fields: Fields = {}
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue
    const all = formData.getAll(key).map(String)
    fields[key] = all.length > 1 ? all : all[0]
  }
  return fields
}

/** Starts a new screening (optionally "as of" a past day, for helpers), forgetting any earlier answers. */
export async function startScreening(lng: string, formData: FormData) {
  formData = formOf(formData) // a tampered post can put anything here
  const raw = String(formData.get('asOf') ?? '').trim()
  const asOf = isoDay.safeParse(raw)
  if (raw && !asOf.success) {
    const nonce = randomBytes(6).toString('hex')
    await setFlash({ question: 'start', nonce, errors: { asOf: 'invalid_as_of' }, values: { asOf: raw } })
    redirect(`/${languageOr(lng)}?e=${nonce}`)
  }
  await clearDraft()
  await saveDraft(asOf.success ? { asOf: asOf.data } : {})
  redirect(`/${languageOr(lng)}/check/host-country`)
}

/** In assisted mode, the shelter of this device; sends a locked device back to the code page. */
async function shelterOf(mode: Mode, language: Language): Promise<string | undefined> {
  if (mode !== 'assisted') return undefined
  const device = await currentDevice()
  if (!device) redirect(startPath(language, mode))
  return device.shelterId
}

/** Saves one answer and goes to the next question, or back to the page with its errors (either mode). */
export async function submitAnswer(mode: Mode, lng: string, question: string, formData: FormData) {
  formData = formOf(formData) // a tampered post can put anything here
  const language = languageOr(lng)
  if (!isMode(mode) || !isQuestionId(question)) redirect(`/${language}`)
  await shelterOf(mode, language)
  const draft = await readDraft()
  // Answers that expired (30 idle minutes) are not rebuilt from a later page: back to the first question,
  // which says why.
  if (question !== 'host-country' && !draft.hostCountry && !draft.elsewhere)
    redirect(stepPath(language, mode, 'host-country'))
  const fields = fieldsOf(formData)
  const screening = await screeningFor(draft)
  // A fact no programme screened defines (a tampered URL): back to where the questionnaire is.
  const asked = questionModule(question, screening.programmes)
  if (!asked) redirect(stepPath(language, mode, nextStep(draft, screening)))
  const parsed = asked.parse(fields, draft, todayIso())
  if (!parsed.ok) {
    const nonce = randomBytes(6).toString('hex')
    const values = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Record<
      string,
      string | string[]
    >
    await setFlash({ question, nonce, errors: parsed.errors, values })
    redirect(`${stepPath(language, mode, question)}?e=${nonce}`)
  }
  const next = applyAnswer(draft, parsed.patch, screening)
  await saveDraft(next)
  redirect(stepPath(language, mode, nextStep(next, screening)))
}

/**
 * Evaluates the complete answers, stores the anonymised outcome once (channel 'self', or 'assisted' with the
 * device's shelter), and shows the result.
 */
export async function seeResult(mode: Mode, lng: string, formData: FormData) {
  formData = formOf(formData) // a tampered post can put anything here
  const language = languageOr(lng)
  if (!isMode(mode)) redirect(`/${language}`)
  const shelterId = await shelterOf(mode, language)
  const draft = await readDraft()
  const asOf = isoDay.safeParse(String(formData.get('asOf') ?? ''))
  const current =
    asOf.success && asOf.data !== draft.asOf
      ? { ...draft, asOf: asOf.data, screeningId: undefined, resultCode: undefined, evaluatedOn: undefined }
      : draft
  const screening = await screeningFor(current)
  const day = screening.asOf
  const step = nextStep(current, screening)
  const answers = completeAnswers(current)
  if (step !== 'check-answers' || !answers) {
    await saveDraft(current)
    redirect(stepPath(language, mode, step))
  }
  const [safeMobility] = screening.programmes
  if (safeMobility?.engine !== 'safe-mobility') throw new Error('Safe Mobility comes first')
  const evaluation = evaluate(safeMobility.history, answers, day)
  const programmes = screening.programmes.map((p) => evaluateProgramme(p, answers, day))
  const screeningId = current.screeningId ?? randomUUID()
  // The result never depends on storage: if even the outbox fails, the person sees it without a code.
  let resultCode: string | undefined
  try {
    resultCode = (
      await recordOutcome({
        evaluation,
        programmes,
        answers,
        locale: language,
        channel: mode === 'assisted' ? 'assisted' : 'self',
        shelterId,
        idempotencyKey: screeningId,
      })
    ).resultCode
    requestLog(await headers()).info({ event: 'screening_stored', channel: mode === 'assisted' ? 'assisted' : 'self' })
  } catch (error) {
    requestLog(await headers()).error({ event: 'outcome_not_stored', ...errorFields(error) })
  }
  await saveDraft({ ...current, screeningId, resultCode, evaluatedOn: day })
  redirect(stepPath(language, mode, 'result'))
}

/** Forgets every answer and goes back to the start page. */
export async function startAgain(lng: string) {
  await clearDraft()
  redirect(`/${languageOr(lng)}`)
}
