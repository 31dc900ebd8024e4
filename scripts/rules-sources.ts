// `npm run rules:sources`: every source key with its date and how many values cite it, then the values with no
// dated source. Fails (exit 1) on a value whose only source is undated while its reason names a dated one.
import { shippedHistory } from '../lib/rules/data'
import { sourceReport } from '../lib/rules/data/source-report'

const report = sourceReport(shippedHistory)
console.log('Sources (key, date, values citing it):')
for (const s of report.sources)
  console.log(
    `  ${s.key.padEnd(20)} ${(s.date ?? 'undated').padEnd(10)} ${String(s.values).padStart(3)}${s.note ? `  (${s.note})` : ''}`,
  )
console.log(`\nValues with no dated source (${report.undated.length}):`)
for (const v of report.undated) console.log(`  ${v.where}: ${v.key}`)
if (report.failures.length) {
  console.log(`\nValues citing an undated source while their reason names a dated one (${report.failures.length}):`)
  for (const v of report.failures) console.log(`  ${v.where}: cites ${v.key}, reason names ${v.named.join(', ')}`)
}
const unused = report.sources.filter((s) => s.values === 0).length
console.log(
  `\n${report.sources.length} sources (${unused} cited by no value), ${report.undated.length} values without a dated source, ${report.failures.length} failed`,
)
process.exit(report.failures.length === 0 ? 0 : 1)
