'use client'

import { useErrorTexts } from '@/components/error-texts'
import { ErrorView } from '@/components/error-view'

/** A page that failed to render: inside the layout (header with quick exit), in the page's language. */
export default function PageError() {
  const texts = useErrorTexts()
  return <ErrorView lng={texts.lng} texts={texts} kind="error" />
}
