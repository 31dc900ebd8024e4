// The shipped SMI rule history (validated by historySchema in data.test.ts, not on import).
export { shippedHistory } from './versions'
