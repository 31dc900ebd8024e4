// zod compiles object schemas with `new Function` when it may; the pages' CSP forbids eval (no 'unsafe-eval'),
// and even zod's probe for it is reported as a violation. The questionnaire in the browser imports this first.
import { z } from 'zod'

z.config({ jitless: true })
