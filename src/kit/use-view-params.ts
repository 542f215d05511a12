/**
 * A view's own parameters, read through the registry (app/params.ts): typed values, the notices
 * for invalid values (shown by `NoticeBox`, the same words on every view), the cleaned address
 * written back, and a way to change values that keeps every other parameter.
 */
import { useMemo } from 'react'
import type { MetaResponse } from '../api/client'
import { navigate } from '../app/location'
import { readParams, writeParams, type Notice, type ParamSet, type ParamValues } from '../app/params'
import { useCleanAddress } from '../app/use-clean-address'
import { hrefOf, withExtra, type ViewState } from '../app/url-state'

/** What a view's parameters may depend on. */
export interface ParamContext {
  state: ViewState
  meta: MetaResponse
}

export interface ViewParams<S extends ParamSet<ParamContext>> {
  values: ParamValues<S>
  /** the view state of the cleaned address (invalid and default values removed) */
  state: ViewState
  /** notices to show: kept on screen after the address was cleaned */
  notices: readonly Notice[]
  /** the address with some values changed (defaults are left out) */
  hrefWith: (patch: Partial<ParamValues<S>>, shell?: Partial<ViewState>) => string
  /** go to that address */
  set: (patch: Partial<ParamValues<S>>, shell?: Partial<ViewState>) => void
}

/** A view's rule on the shell's parameters: the corrected state and what was corrected. */
export type ViewRules = (state: ViewState, meta: MetaResponse) => { state: ViewState; notices: Notice[] }

/**
 * The view's parameters from a state, pure: the rules first (a comparison takes 2–6 provinces),
 * then every declared parameter. Returns the typed values, the cleaned state and every notice.
 */
export function readViewParams<S extends ParamSet<ParamContext>>(state: ViewState, meta: MetaResponse, specs: S, rules?: ViewRules): { values: ParamValues<S>; clean: ViewState; notices: Notice[] } {
  const ruled = rules ? rules(state, meta) : { state, notices: [] }
  const r = readParams(specs, ruled.state.extra, { state: ruled.state, meta })
  return { values: r.values, clean: withExtra(ruled.state, r.clean), notices: [...ruled.notices, ...r.notices] }
}

/** Reads the view's parameters (see `readViewParams`) and keeps the address clean. */
export function useViewParams<S extends ParamSet<ParamContext>>(state: ViewState, meta: MetaResponse, specs: S, rules?: ViewRules): ViewParams<S> {
  const read = useMemo(() => readViewParams(state, meta, specs, rules), [state, meta, specs, rules])
  const notices = useCleanAddress({ notices: read.notices, clean: read.clean })
  const hrefWith = (patch: Partial<ParamValues<S>>, shell: Partial<ViewState> = {}) => {
    const next = { ...read.clean, ...shell }
    return hrefOf(withExtra(next, writeParams(specs, patch, { state: next, meta })))
  }
  return {
    values: read.values,
    state: read.clean,
    notices,
    hrefWith,
    set: (patch, shell) => navigate(hrefWith(patch, shell)),
  }
}
