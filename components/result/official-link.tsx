/** A next step's official address after its sentence: the link, shown without its scheme; nothing without one. */
export function OfficialLink({ url }: { url?: string }) {
  if (!url) return null
  return (
    <>
      {' '}
      <a href={url} className="break-all">
        {url.replace(/^https?:\/\//, '')}
      </a>
    </>
  )
}
