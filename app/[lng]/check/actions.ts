'use server'
import { randomBytes, randomUUID } from 'node:crypto'
import { redirect } from 'next/navigation'
import { todayIso } from '@/lib/dates'
import { screeningHistory } from '@/lib/db/history'
import { isLanguage, type Language } from '@/lib/i18n/settings'
import { evaluate, versionInForce } from '@/lib/rules'
import { isoDay } from '@/lib/rules/answers'
import { completeAnswers } from '@/lib/questionnaire/draft'
import { clearDraft, readDraft, saveDraft, setFlash } from '@/lib/questionnaire/draft-store'
import { isQuestionId, nextStep, prune } from '@/lib/questionnaire/flow'
import { parseQuestion, type Fields } from '@/lib/questionnaire/parse'
import { recordOutcome } from '@/lib/outcomes/record'

function fieldsOf(formData: FormData): Fields {
  const fields: Fields = {}
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue
    const all = formData.getAll(key).map(String)
    fields[key] = all.length > 1 ? all : all[0]
  }
  return fields
}

function safeLng(lng: string): Language {
  return isLanguage(lng) ? lng : 'es'
}

/** Starts a new screening (optionally "as of" a past day, for helpers), forgetting any earlier answers. */
export async function startScreening(lng: string, formData: FormData) {
  const raw = String(formData.get('asOf') ?? '').trim()
  const asOf = isoDay.safeParse(raw)
  if (raw && !asOf.success) {
    const nonce = randomBytes(6).toString('hex')
    await setFlash({ question: 'start', nonce, errors: { asOf: 'invalid_as_of' }, values: { asOf: raw } })
    redirect(`/${safeLng(lng)}?e=${nonce}`)
  }
  await clearDraft()
  await saveDraft(asOf.success ? { asOf: asOf.data } : {})
  redirect(`/${safeLng(lng)}/check/host-country`)
}

/** Saves one answer and goes to the next question, or back to the page with its errors. */
export async function submitAnswer(lng: string, question: string, formData: FormData) {
  const language = safeLng(lng)
  if (!isQuestionId(question)) redirect(`/${language}`)
  const draft = await readDraft()
  const fields = fieldsOf(formData)
  const parsed = parseQuestion(question, fields, draft, todayIso())
  if (!parsed.ok) {
    const nonce = randomBytes(6).toString('hex')
    const values = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Record<string, string | string[]>
    await setFlash({ question, nonce, errors: parsed.errors, values })
    redirect(`/${language}/check/${question}?e=${nonce}`)
  }
  const version = versionInForce(await screeningHistory(), draft.asOf ?? todayIso())
  // Any change starts a new screening: a new outcome is stored for the new answers.
  const next = prune({ ...draft, ...parsed.patch, screeningId: undefined, resultCode: undefined }, version)
  await saveDraft(next)
  redirect(`/${language}/check/${nextStep(next, version)}`)
}

/** Evaluates the complete answers, stores the anonymised outcome once, and shows the result. */
export async function seeResult(lng: string, formData: FormData) {
  const language = safeLng(lng)
  const draft = await readDraft()
  const asOf = isoDay.safeParse(String(formData.get('asOf') ?? ''))
  const current = asOf.success && asOf.data !== draft.asOf ? { ...draft, asOf: asOf.data, screeningId: undefined, resultCode: undefined } : draft
  const history = await screeningHistory()
  const day = current.asOf ?? todayIso()
  const step = nextStep(current, versionInForce(history, day))
  const answers = completeAnswers(current)
  if (step !== 'check-answers' || !answers) {
    await saveDraft(current)
    redirect(`/${language}/check/${step}`)
  }
  const evaluation = evaluate(history, answers, day)
  const screeningId = current.screeningId ?? randomUUID()
  // The result never depends on storage: if even the outbox fails, the person sees it without a code.
  let resultCode: string | undefined
  try {
    resultCode = (await recordOutcome({ evaluation, answers, locale: language, channel: 'self', idempotencyKey: screeningId })).resultCode
  } catch (error) {
    console.error('[screening] outcome not stored:', error)
  }
  await saveDraft({ ...current, screeningId, resultCode })
  redirect(`/${language}/check/result`)
}

/** Forgets every answer and goes back to the start page. */
export async function startAgain(lng: string) {
  await clearDraft()
  redirect(`/${safeLng(lng)}`)
}
