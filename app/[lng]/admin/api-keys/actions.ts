'use server'
import { redirect } from 'next/navigation'

import { createApiKey, isClientName, revokeApiKey } from '@/lib/api/api-keys'
import { requireRole } from '@/lib/auth'
import { assertSameOrigin } from '@/lib/auth/request'

export interface CreateKeyState {
  error?: 'invalid_client'
  key?: string
  client?: string
}

/** Creates a partner's API key and answers with it, once (see CreateKeyForm). Audited without the key. */
export async function createKeyAction(lng: string, _prev: CreateKeyState, form: FormData): Promise<CreateKeyState> {
  await assertSameOrigin()
  const admin = await requireRole('admin', lng)
  const client = String(form.get('client') ?? '').trim()
  if (!isClientName(client)) return { error: 'invalid_client' }
  const { key } = await createApiKey(client, admin)
  return { key, client }
}

/** Revokes a key (admin role); requests with it get 401 from now on. */
export async function revokeKeyAction(lng: string, id: string): Promise<void> {
  await assertSameOrigin()
  const admin = await requireRole('admin', lng)
  await revokeApiKey(id, admin)
  redirect(`/${lng}/admin/api-keys?done=revoked`)
}
