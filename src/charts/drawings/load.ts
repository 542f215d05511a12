/**
 * The drawings (everything that imports Recharts) live in one chunk of their own, so the first
 * view's JavaScript does not wait for them: `ChartBox` asks for it after the first paint, and each
 * chart's drawing waits for the same promise. Once the chunk is there, drawings render at once
 * (no further suspending), so a year change or a newly mounted chart costs one render.
 */
import { createElement, use, type ComponentProps, type ReactElement } from 'react'

type Drawings = typeof import('./index')

let loading: Promise<Drawings> | undefined
let loaded: Drawings | undefined

/** The drawings chunk (requested once). */
export function loadDrawings(): Promise<Drawings> {
  loading ??= import('./index').then((m) => (loaded = m))
  return loading
}

/** A component that draws with one drawing of the chunk, suspending until the chunk is there. */
export function lazyDrawing<K extends keyof Drawings>(name: K): (props: ComponentProps<Drawings[K]>) => ReactElement {
  return function Drawing(props) {
    const drawings = loaded ?? use(loadDrawings())
    const draw = drawings[name] as unknown as (p: ComponentProps<Drawings[K]>) => ReactElement
    return createElement(draw, props as ComponentProps<Drawings[K]> & object)
  }
}
