/** RFC 9457 problem responses with bilingual, field-level messages. */
import type { Problem } from '../../src/contract/v1'

export type FieldError = NonNullable<Problem['errors']>[number]

export function problemResponse(status: number, title: string, detail?: string, errors?: FieldError[], headers: Record<string, string> = {}): Response {
  const body: Problem = {
    type: status === 400 ? 'https://samenhang.example/problems/invalid-parameter' : 'about:blank',
    title,
    status,
    ...(detail ? { detail } : {}),
    ...(errors && errors.length > 0 ? { errors } : {}),
  }
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...headers },
  })
}
