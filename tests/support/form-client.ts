// A browser without JavaScript, for tests and benchmarks: GETs pages, submits their real HTML forms (hidden
// fields, including the $ACTION fields of Next.js server actions, as multipart posts) and follows redirects,
// keeping cookies the way a browser does for one site. The base URL can change between requests: cookies for
// 127.0.0.1 are shared by every port, so a person can move between instances behind a proxy.

export interface FormPage {
  url: string
  status: number
  html: string
}

const entities: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" }
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#')
      return String.fromCodePoint(code[1] === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1)))
    return entities[code] ?? whole
  })
const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)
  return match ? decode(match[1]!) : undefined
}

/** The forms of a page, as their opening tag and inner HTML. */
function formsOf(html: string): { tag: string; body: string }[] {
  return [...html.matchAll(/(<form\b[^>]*>)([\s\S]*?)<\/form>/g)].map((m) => ({ tag: m[1]!, body: m[2]! }))
}

/** The hidden fields of a form (what the browser sends whatever the person does). */
function hiddenFields(body: string): [string, string][] {
  return [...body.matchAll(/<input\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => attribute(tag, 'type') === 'hidden' && attribute(tag, 'name') !== undefined)
    .map((tag) => [attribute(tag, 'name')!, attribute(tag, 'value') ?? ''])
}

export class FormClient {
  private readonly cookies = new Map<string, string>()

  constructor(public base: string) {}

  /** GETs `path` (relative to the current base) and follows redirects. */
  async get(path: string): Promise<FormPage> {
    return this.follow(await this.request(new URL(path, this.base), { method: 'GET' }))
  }

  /**
   * Submits a form of `page` (the first with a server action, or the first with a field named `formWith`) with
   * its hidden fields and `fields` (a list sends the name once per value), then follows the redirect.
   */
  async submit(page: FormPage, fields: Record<string, string | string[]> = {}, formWith?: string): Promise<FormPage> {
    const form = formsOf(page.html).find((f) => f.body.includes(formWith ? ` name="${formWith}"` : ' name="$ACTION'))
    if (!form) throw new Error(`no form on ${page.url}`)
    const data = new FormData()
    for (const [name, value] of hiddenFields(form.body)) data.append(name, value)
    for (const [name, value] of Object.entries(fields))
      for (const one of Array.isArray(value) ? value : [value]) data.append(name, one)
    const pageUrl = new URL(page.url)
    const target = new URL(attribute(form.tag, 'action') || pageUrl.pathname + pageUrl.search, this.base)
    return this.follow(await this.request(target, { method: 'POST', body: data }))
  }

  private async follow(response: Response): Promise<FormPage> {
    for (let hops = 0; hops < 5 && response.status >= 300 && response.status < 400; hops++) {
      await response.arrayBuffer()
      response = await this.request(new URL(response.headers.get('location')!, this.base), { method: 'GET' })
    }
    return { url: response.url, status: response.status, html: await response.text() }
  }

  private async request(url: URL, init: RequestInit): Promise<Response> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    const send = () => fetch(url, { ...init, redirect: 'manual', headers: cookie ? { cookie } : {} })
    // A kept-alive connection the server closed just before this request: it never arrived, send it again. After
    // a long pause every idle connection may be such a one, so up to three times.
    const closed = (error: Error) => /other side closed|ECONNRESET/.test(String((error.cause as Error)?.message))
    const response = await send().catch((error: Error) => {
      if (!closed(error)) throw error
      return send().catch((again: Error) => {
        if (!closed(again)) throw again
        return send()
      })
    })
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';')
      const [name = '', value = ''] = pair.trim().split(/=(.*)/s)
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a))
      if (expired || value === '') this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
    return Object.defineProperty(response, 'url', { value: url.toString() })
  }
}
