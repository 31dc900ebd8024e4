import { ErrorSummary } from '@/components/ui/error-summary'
import { FieldError } from '@/components/ui/field-error'
import { getT } from '@/lib/i18n/server'
import { languageNames, languages, type Language } from '@/lib/i18n/settings'
import { unlock } from '../actions'

/** The code page of a locked device: the shelter's access code and the volunteer's own language. */
export function UnlockForm({ lng, error }: { lng: Language; error?: string }) {
  const v = getT(lng, 'assisted')
  const input = 'block w-full max-w-sm min-h-11 rounded border-2 border-gray-700 px-3 py-2'
  return (
    <>
      <h1 className="text-2xl font-bold mb-4">{v('unlock.title')}</h1>
      <p className="mb-4">{v('unlock.lead')}</p>
      {error && <ErrorSummary title={v('unlock.errorTitle')} errors={[{ field: 'code', text: v(`unlock.errors.${error}`) }]} />}
      <form action={unlock.bind(null, lng)} noValidate className="space-y-6">
        <div>
          <label htmlFor="code" className="block font-bold mb-1">{v('unlock.code')}</label>
          <p id="code-hint" className="text-gray-700 mb-1">{v('unlock.codeHint')}</p>
          <FieldError id="code-error" text={error && v(`unlock.errors.${error}`)} />
          <input id="code" name="code" type="text" autoComplete="off" autoCapitalize="characters" spellCheck={false}
            aria-describedby={error ? 'code-hint code-error' : 'code-hint'} aria-invalid={error ? true : undefined}
            className={`${input} font-mono uppercase tracking-widest`} />
        </div>
        <div>
          <label htmlFor="volunteerLng" className="block font-bold mb-1">{v('unlock.volunteerLanguage')}</label>
          <p id="volunteerLng-hint" className="text-gray-700 mb-1">{v('unlock.volunteerLanguageHint')}</p>
          <select id="volunteerLng" name="volunteerLng" defaultValue={lng} aria-describedby="volunteerLng-hint" className={input}>
            {languages.map((l) => <option key={l} value={l} lang={l}>{languageNames[l]}</option>)}
          </select>
        </div>
        <button type="submit" className="bg-green-800 text-white font-bold px-5 min-h-11 text-lg">{v('unlock.submit')}</button>
      </form>
    </>
  )
}
