/**
 * Lines that are never bridged: the points Recharts computed for a line, split into runs of
 * consecutive points with a value, each drawn as its own path (with the years it covers, so tests
 * and readers of the SVG can see where a line stops).
 */
export interface LinePoint {
  x?: number | null
  y?: number | null
}

/** Runs of consecutive points that have both coordinates; a point without a value ends a run. */
export function runsOf<P extends LinePoint>(points: readonly P[]): P[][] {
  const out: P[][] = []
  let run: P[] = []
  for (const p of points) {
    if (p.x == null || p.y == null || !Number.isFinite(p.x) || !Number.isFinite(p.y)) {
      if (run.length) out.push(run)
      run = []
    } else run.push(p)
  }
  if (run.length) out.push(run)
  return out
}

/** An SVG path through the points of one run. */
export function pathThrough(run: readonly LinePoint[]): string {
  return run.map((p, i) => `${i === 0 ? 'M' : 'L'}${Math.round(p.x! * 10) / 10},${Math.round(p.y! * 10) / 10}`).join('')
}
