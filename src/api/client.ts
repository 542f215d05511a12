/**
 * The browser's API client: fetch → contract.parse → typed data. A response that does not
 * match the contract is an error (ApiError 'contract'), never a blank or wrong chart.
 */
import type { z } from 'zod'
import { metaResponse, paths, problem, scoresResponse, scoresSearch, topologyResponse, type MetaResponse, type ScoresQuery, type ScoresResponse } from '../contract/v1'

export type ApiErrorKind = 'network' | 'server' | 'bad_request' | 'contract'

export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status?: number
  /** problem+json detail from the server, if any */
  readonly detail?: string
  constructor(kind: ApiErrorKind, message: string, status?: number, detail?: string) {
    super(message)
    this.name = 'ApiError'
    this.kind = kind
    this.status = status
    this.detail = detail
  }
}

/** The transport: window.fetch by default; the in-browser import swaps in the API handler itself. */
export type Transport = (request: Request) => Promise<Response>
let transport: Transport = (request) => fetch(request)
export function setTransport(t: Transport): void {
  transport = t
}

async function getJson<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  let res: Response
  try {
    res = await transport(new Request(new URL(path, window.location.origin), { signal, headers: { accept: 'application/json' } }))
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e
    throw new ApiError('network', `Network error for ${path}`)
  }
  if (!res.ok) {
    let detail: string | undefined
    try {
      const p = problem.safeParse(await res.json())
      if (p.success) detail = p.data.detail ?? p.data.title
    } catch {
      // not problem+json: the status says enough
    }
    throw new ApiError(res.status >= 500 ? 'server' : 'bad_request', `HTTP ${res.status} for ${path}`, res.status, detail)
  }
  let body: unknown
  try {
    body = await res.json()
  } catch {
    throw new ApiError('contract', `Response for ${path} is not JSON`)
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw new ApiError('contract', `Response for ${path} does not match the contract: ${parsed.error.message}`)
  return parsed.data
}

export const api = {
  meta: (signal?: AbortSignal): Promise<MetaResponse> => getJson(paths.meta, metaResponse, signal),
  /** the server's province boundary file (TopoJSON, checked by province-shapes.ts), when meta.boundaries */
  boundaries: (signal?: AbortSignal): Promise<unknown> => getJson(paths.boundaries, topologyResponse, signal),
  scores: (q: ScoresQuery, signal?: AbortSignal): Promise<ScoresResponse> =>
    getJson(`${paths.scores}?${scoresSearch(q)}`, scoresResponse, signal),
}

/** The contract's types the views work with (views import them from here, never from the contract). */
export type { MetaResponse, ScoreRow, ScoresQuery, ScoresResponse } from '../contract/v1'
