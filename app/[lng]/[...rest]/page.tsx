import { notFound } from 'next/navigation'

// Any path under a language that no page answers (/es/foo/bar) gets app/[lng]/not-found.tsx, translated and
// inside the layout, rather than the framework's English page without a lang or main landmark.
export default function UnknownPage() {
  notFound()
}
