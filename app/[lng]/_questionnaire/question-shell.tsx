import type { ReactNode } from 'react'

import { ErrorSummary } from '@/components/ui/error-summary'

interface Props {
  action: (formData: FormData) => Promise<void>
  backHref: string
  texts: { back: string; step: string; continue: string; errorTitle: string }
  errors: { field: string; text: string }[]
  children: ReactNode
  /** Extra submit buttons (e.g. "I'm not sure") drawn after Continue. */
  extra?: ReactNode
}

/** One question per page: back link, step, error summary, the form and its Continue button. */
export function QuestionShell({ action, backHref, texts, errors, children, extra }: Props) {
  return (
    <>
      {/* One row, so the question and its Continue button stay above the fold on a small phone. */}
      <div className="mb-1 flex flex-wrap items-center justify-between gap-x-4">
        <a href={backHref} className="inline-flex min-h-11 items-center">
          ← {texts.back}
        </a>
        <p className="text-gray-700">{texts.step}</p>
      </div>
      {errors.length > 0 && <ErrorSummary title={texts.errorTitle} errors={errors} />}
      <form action={action} noValidate className="space-y-6">
        {children}
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="min-h-11 bg-green-800 px-5 text-lg font-bold text-white">
            {texts.continue}
          </button>
          {extra}
        </div>
      </form>
    </>
  )
}
