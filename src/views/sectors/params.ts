/** The sector view's own parameters: the measure, and the matrix's sort column and order. */
import type { Param } from '../../app/params'
import { oneOf } from '../../app/params'
import { METRICS } from '../../domain/groups'
import { measureParam } from '../../kit/params'
import type { ParamContext } from '../../kit/use-view-params'

/** The sectors the view shows: the selected ones, or all. */
export function sectorCodes({ state, meta }: ParamContext): string[] {
  return state.sectors.length > 0 ? state.sectors : meta.sectors.map((s) => s.code)
}

/** ?sorteer: the matrix's sort column, `naam` (the province's name) or a sector code. */
const sortParam: Param<string, ParamContext> = {
  name: 'sorteer',
  fallback: () => 'naam',
  parse: (raw, ctx) => (raw === 'naam' || sectorCodes(ctx).includes(raw) ? raw : undefined),
  format: (v) => v,
}

export const SECTOR_PARAMS = {
  metric: measureParam(METRICS, 'R'),
  sortBy: sortParam,
  order: oneOf<'oplopend' | 'aflopend', ParamContext>('volgorde', ['oplopend', 'aflopend'], 'oplopend'),
}
