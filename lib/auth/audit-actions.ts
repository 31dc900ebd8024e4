// Every action the audit log records; each is also a key under admin:audit.actions in the locale files.
export const auditActions = [
  'login', 'login_failed', 'login_refused_locked', 'login_throttled', 'account_locked', 'logout', 'logout_everywhere',
  'password_set', 'totp_enabled', 'totp_disabled', 'account_created', 'account_changed', 'setup_link_issued',
  'draft_created', 'draft_saved', 'draft_discarded', 'version_published', 'version_rolled_back', 'test_case_saved', 'test_case_deleted',
] as const
