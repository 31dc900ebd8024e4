'use client'

import { createContext, type ReactNode, use } from 'react'

import type { ErrorTexts } from '@/lib/i18n/error-texts'

type Texts = ErrorTexts & { lng: string }

const Context = createContext<Texts | null>(null)

/**
 * The error page's words in the page's language, handed down by the layout: app/[lng]/error.tsx runs in the
 * browser and would otherwise carry the texts of all four languages in every page's scripts.
 */
export function ErrorTextsProvider({ texts, children }: { texts: Texts; children: ReactNode }) {
  return <Context value={texts}>{children}</Context>
}

/** The texts the layout handed down (every page under app/[lng] has them). */
export function useErrorTexts(): Texts {
  const texts = use(Context)
  if (!texts) throw new Error('useErrorTexts outside the layout')
  return texts
}
