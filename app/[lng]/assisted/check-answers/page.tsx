import type { Metadata } from 'next'

import { languageOf } from '@/lib/i18n/route-language'
import { getT } from '@/lib/i18n/server'
import { readDraft } from '@/lib/questionnaire/draft-store'

import { CheckAnswers } from '../../_questionnaire/check-answers'
import { AssistedFrame } from '../_components/assisted-frame'
import { Guidance } from '../_components/guidance'
import { requireDevice } from '../_lib/gate'

export async function generateMetadata({ params }: PageProps<'/[lng]/assisted/check-answers'>): Promise<Metadata> {
  const lng = await languageOf(params)
  return { title: getT(lng, 'questions')('check-answers.title') }
}

export default async function AssistedCheckAnswersPage({ params }: PageProps<'/[lng]/assisted/check-answers'>) {
  const lng = await languageOf(params)
  const device = await requireDevice(lng)
  const draft = await readDraft()
  return (
    <AssistedFrame lng={lng} device={device} path="/check-answers">
      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <div>
          <CheckAnswers lng={lng} mode="assisted" />
        </div>
        <Guidance step="check-answers" volunteerLng={device.volunteerLng} draft={draft} />
      </div>
    </AssistedFrame>
  )
}
