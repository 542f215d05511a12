/**
 * The drawings (everything that imports Recharts) live in one chunk of their own, so the first
 * view's JavaScript does not wait for them: `ChartBox` asks for it after the first paint, and each
 * chart's lazy drawing waits for the same promise.
 */
import { lazy } from 'react'

type Drawings = typeof import('./index')

let loading: Promise<Drawings> | undefined

/** The drawings chunk (requested once). */
export function loadDrawings(): Promise<Drawings> {
  loading ??= import('./index')
  return loading
}

/** A lazy component for one drawing of the chunk. */
export function lazyDrawing<K extends keyof Drawings>(name: K) {
  return lazy(() => loadDrawings().then((m) => ({ default: m[name] })))
}
