/**
 * How a view renders another view's state (a slide shows a pinned view): the shell provides the
 * renderer, so the presentation view never imports the outlet that imports it (no module circle).
 */
import { createContext, useContext, type ReactNode } from 'react'
import type { MetaResponse } from '../contract/v1'
import type { ViewState } from './url-state'

export type ViewRenderer = (state: ViewState, meta: MetaResponse) => ReactNode

export const ViewRendererContext = createContext<ViewRenderer>(() => null)

export function useViewRenderer(): ViewRenderer {
  return useContext(ViewRendererContext)
}
