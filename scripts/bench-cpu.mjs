import { readdirSync, readFileSync } from 'node:fs'

// CPU seconds used by a process and its descendants (Linux /proc): a per-request cost that, unlike latency,
// hardly depends on what else the shared machine is doing.
/** CPU seconds used so far by process `rootPid` and its descendants (user + system, from /proc). */
export function cpuSeconds(rootPid) {
  const stats = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => {
      try {
        const fields = readFileSync(`/proc/${d}/stat`, 'utf8')
          .replace(/^.*\) /, '')
          .split(' ')
        return [{ pid: Number(d), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }]
      } catch {
        return []
      }
    })
  const tree = new Set([rootPid])
  for (let grew = true; grew;) {
    grew = false
    for (const p of stats)
      if (tree.has(p.ppid) && !tree.has(p.pid)) {
        tree.add(p.pid)
        grew = true
      }
  }
  return stats.filter((p) => tree.has(p.pid)).reduce((sum, p) => sum + p.ticks, 0) / 100 // USER_HZ is 100 on Linux
}
