import { ErrorSummary } from '@/components/ui/error-summary'
import { FieldError } from '@/components/ui/field-error'
import { getT } from '@/lib/i18n/server'
import { type Language, languageNames, languages } from '@/lib/i18n/settings'

import { unlock } from '../actions'

/** The code page of a locked device: the shelter's access code and the volunteer's own language. */
export function UnlockForm({ lng, error }: { lng: Language; error?: string }) {
  const v = getT(lng, 'assisted')
  const input = 'block w-full max-w-sm min-h-11 rounded border-2 border-gray-700 px-3 py-2'
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{v('unlock.title')}</h1>
      <p className="mb-4">{v('unlock.lead')}</p>
      {error && (
        <ErrorSummary title={v('unlock.errorTitle')} errors={[{ field: 'code', text: v(`unlock.errors.${error}`) }]} />
      )}
      <form action={unlock.bind(null, lng)} noValidate className="space-y-6">
        <div>
          <label htmlFor="code" className="mb-1 block font-bold">
            {v('unlock.code')}
          </label>
          <p id="code-hint" className="mb-1 text-gray-700">
            {v('unlock.codeHint')}
          </p>
          <FieldError id="code-error" text={error && v(`unlock.errors.${error}`)} />
          <input
            id="code"
            name="code"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby={error ? 'code-hint code-error' : 'code-hint'}
            aria-invalid={error ? true : undefined}
            className={`${input} font-mono tracking-widest uppercase`}
          />
        </div>
        <div>
          <label htmlFor="volunteerLng" className="mb-1 block font-bold">
            {v('unlock.volunteerLanguage')}
          </label>
          <p id="volunteerLng-hint" className="mb-1 text-gray-700">
            {v('unlock.volunteerLanguageHint')}
          </p>
          <select
            id="volunteerLng"
            name="volunteerLng"
            defaultValue={lng}
            aria-describedby="volunteerLng-hint"
            className={input}
          >
            {languages.map((l) => (
              <option key={l} value={l} lang={l}>
                {languageNames[l]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 bg-green-800 px-5 text-lg font-bold text-white">
          {v('unlock.submit')}
        </button>
      </form>
    </>
  )
}
