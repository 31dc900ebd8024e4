import { headers } from 'next/headers'

import { ErrorView } from '@/components/error-view'
import { errorTexts } from '@/lib/i18n/error-texts'

/** Any unknown page under a language (/es/…): in that language, inside the usual header and main. */
export default async function NotFound() {
  const texts = errorTexts(((await headers()).get('x-pathname') ?? '').split('/')[1])
  return <ErrorView lng={texts.lng} texts={texts} kind="notFound" />
}
