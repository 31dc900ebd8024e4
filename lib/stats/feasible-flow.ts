// Feasibility of a circulation whose edges carry lower and upper bounds (max-flow, Dinic).
// Used by the disclosure audit: "can these counts take another value and still fit every total?"

/** One edge u→v whose flow must lie in [lower, upper]. */
export interface BoundedEdge {
  from: number
  to: number
  lower: number
  upper: number
}

interface Arc {
  to: number
  cap: number
  rev: number
}

/** Whether some integer flow on `edges` over `nodes` nodes meets every bound and conserves flow at every node. */
export function hasFeasibleCirculation(nodes: number, edges: readonly BoundedEdge[]): boolean {
  const source = nodes
  const sink = nodes + 1
  const graph: Arc[][] = Array.from({ length: nodes + 2 }, () => [])
  const addArc = (u: number, v: number, cap: number) => {
    graph[u]!.push({ to: v, cap, rev: graph[v]!.length })
    graph[v]!.push({ to: u, cap: 0, rev: graph[u]!.length - 1 })
  }
  // Standard reduction: send the lower bounds up front, then ask a max-flow to repair the imbalances.
  const excess = new Array<number>(nodes).fill(0)
  for (const e of edges) {
    if (e.upper < e.lower) return false
    if (e.upper > e.lower) addArc(e.from, e.to, e.upper - e.lower)
    excess[e.to]! += e.lower
    excess[e.from]! -= e.lower
  }
  let needed = 0
  excess.forEach((x, v) => {
    if (x > 0) {
      addArc(source, v, x)
      needed += x
    } else if (x < 0) addArc(v, sink, -x)
  })
  return maxFlow(graph, source, sink) === needed
}

function maxFlow(graph: Arc[][], s: number, t: number): number {
  let flow = 0
  for (;;) {
    const level = bfsLevels(graph, s)
    if (level[t]! < 0) return flow
    const next = new Array<number>(graph.length).fill(0)
    let pushed: number
    while ((pushed = augment(graph, level, next, s, t, Infinity)) > 0) flow += pushed
  }
}

function bfsLevels(graph: Arc[][], s: number): number[] {
  const level = new Array<number>(graph.length).fill(-1)
  level[s] = 0
  const queue = [s]
  for (let i = 0; i < queue.length; i++) {
    const u = queue[i]!
    for (const a of graph[u]!) {
      if (a.cap > 0 && level[a.to]! < 0) {
        level[a.to] = level[u]! + 1
        queue.push(a.to)
      }
    }
  }
  return level
}

function augment(graph: Arc[][], level: number[], next: number[], u: number, t: number, limit: number): number {
  if (u === t) return limit
  for (; next[u]! < graph[u]!.length; next[u]!++) {
    const a = graph[u]![next[u]!]!
    if (a.cap <= 0 || level[a.to] !== level[u]! + 1) continue
    const got = augment(graph, level, next, a.to, t, Math.min(limit, a.cap))
    if (got > 0) {
      a.cap -= got
      graph[a.to]![a.rev]!.cap += got
      return got
    }
  }
  return 0
}
