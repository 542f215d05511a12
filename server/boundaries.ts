/**
 * The optional province boundary file (SAMENHANG_BOUNDARIES): read and checked once at start-up,
 * then served as it is at /api/v1/boundaries. Node-only.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { BoundaryError, provinceShapes } from '../src/charts/province-shapes'
import { PROVINCES } from '../src/domain/framework'

export class BoundaryFileError extends Error {}

export interface BoundaryFile {
  body: string
  etag: string
  /** CBS codes found, sorted */
  codes: string[]
  /** where the codes were found ("id" or a property name) */
  codeKey: string
}

export function loadBoundaryFile(file: string): BoundaryFile {
  const fail = (why: string) =>
    new BoundaryFileError(`SAMENHANG_BOUNDARIES: ${file}: ${why} Expected a TopoJSON file of the provinces with CBS codes (PV20…PV31), for example CBS's generalised province boundaries from PDOK converted to TopoJSON; unset the variable to use the tile map only.`)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (e) {
    throw fail(`cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw fail('is not JSON.')
  }
  try {
    const r = provinceShapes(parsed, PROVINCES.map((p) => p.code))
    const codes = r.shapes.map((s) => s.code).sort()
    const etag = `"b-${createHash('sha256').update(text).digest('hex').slice(0, 16)}"`
    return { body: text, etag, codes, codeKey: r.codeKey }
  } catch (e) {
    if (e instanceof BoundaryError) throw fail(`${e.message.charAt(0).toUpperCase()}${e.message.slice(1)}`)
    throw e
  }
}
