import 'server-only'

import { db } from '@/lib/db/prisma'

// Refused and failed sign-ins are summed per account and fixed 15-minute window (login_tallies), and each ended
// window becomes one audit event: an attack grows the append-only audit log by one row per account per window.

/** The subject under which a failure is summed: the account's email, or "unknown" for any email without one. */
export type TallySubject = string

/** Adds one failed or refused attempt to the subject's current window. */
export async function tally(subject: TallySubject, kind: 'failed' | 'refused'): Promise<void> {
  const failed = kind === 'failed' ? 1 : 0
  const refused = kind === 'refused' ? 1 : 0
  await db().$executeRaw`
    INSERT INTO login_tallies (subject, window_start, failed, refused)
    VALUES (${subject}, date_bin('15 minutes', now() AT TIME ZONE 'UTC', TIMESTAMP '2000-01-01'), ${failed}, ${refused})
    ON CONFLICT (subject, window_start) DO UPDATE SET
      failed = login_tallies.failed + EXCLUDED.failed, refused = login_tallies.refused + EXCLUDED.refused`
}

/** Moves every ended window into the audit log, one `login_failures` event each (once, whoever runs it). */
export async function summariseTallies(): Promise<void> {
  await db().$executeRaw`
    WITH ended AS (
      DELETE FROM login_tallies WHERE window_start <= (now() AT TIME ZONE 'UTC') - interval '15 minutes'
      RETURNING subject, window_start, failed, refused)
    INSERT INTO audit_events (action, subject, after)
    SELECT 'login_failures', subject,
      jsonb_build_object('windowStart', to_char(window_start, 'YYYY-MM-DD"T"HH24:MI"Z"'), 'minutes', 15,
        'failed', failed, 'refused', refused)
    FROM ended ORDER BY window_start, subject`
}
