import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { languageOf } from '@/lib/i18n/route-language'
import { screeningFor } from '@/lib/questionnaire/current-screening'
import { readDraft } from '@/lib/questionnaire/draft-store'
import { isQuestionId, questionModule } from '@/lib/questionnaire/questions'

import { QuestionPage, questionTitle } from '../../_questionnaire/question-page'
import { AssistedFrame } from '../_components/assisted-frame'
import { Guidance } from '../_components/guidance'
import { requireDevice } from '../_lib/gate'

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<'/[lng]/assisted/[question]'>): Promise<Metadata> {
  const lng = await languageOf(params)
  const { question } = await params
  if (!isQuestionId(question)) return {}
  return { title: await questionTitle(lng, question, Boolean((await searchParams).e)) }
}

export default async function AssistedQuestionPage({ params, searchParams }: PageProps<'/[lng]/assisted/[question]'>) {
  const lng = await languageOf(params)
  const { question } = await params
  // Not notFound(): its page would reach the browser only through JavaScript (lib/http/not-found-html.ts).
  if (!isQuestionId(question)) redirect(`/${lng}/not-found`)
  const device = await requireDevice(lng)
  const draft = await readDraft()
  const wording = questionModule(question, (await screeningFor(draft)).programmes)?.question
  const { e } = await searchParams
  return (
    <AssistedFrame lng={lng} device={device} path={`/${question}`}>
      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <div>
          <QuestionPage lng={lng} mode="assisted" question={question} nonce={typeof e === 'string' ? e : undefined} />
        </div>
        <Guidance step={question} volunteerLng={device.volunteerLng} draft={draft} wording={wording} />
      </div>
    </AssistedFrame>
  )
}
