// Where the browser tests' server writes its log lines (LOG_FILE, read by lib/log.ts), one file per port.
const port = Number(process.env.E2E_PORT ?? 3200)

/** The log file of the server Playwright starts on E2E_PORT. */
export const serverLogFile = `.data/e2e-log-${port}.ndjson`
