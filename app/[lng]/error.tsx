'use client'

import { useParams } from 'next/navigation'

import { ErrorView } from '@/components/error-view'
import { errorTexts } from '@/lib/i18n/error-texts'

/** A page that failed to render: inside the layout (header with quick exit), in the page's language. */
export default function PageError() {
  const texts = errorTexts(useParams().lng)
  return <ErrorView lng={texts.lng} texts={texts} kind="error" />
}
