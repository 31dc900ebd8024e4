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
      <a href={backHref} className="inline-flex items-center min-h-11 mb-4">← {texts.back}</a>
      <p className="text-gray-700 mb-2">{texts.step}</p>
      {errors.length > 0 && <ErrorSummary title={texts.errorTitle} errors={errors} />}
      <form action={action} noValidate className="space-y-6">
        {children}
        <div className="flex flex-wrap gap-4 items-center">
          <button type="submit" className="bg-green-800 text-white font-bold px-5 min-h-11 text-lg">{texts.continue}</button>
          {extra}
        </div>
      </form>
    </>
  )
}
