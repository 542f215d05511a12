/**
 * Country shapes for the Europe map: Natural Earth (public domain) from the world-atlas package,
 * converted from TopoJSON with topojson-client. Loaded with a dynamic import, so only the view
 * that draws the map downloads the shapes (and the two small libraries).
 */
import type { Feature, Geometry } from 'geojson'

export interface CountryShape {
  /** ISO 3166-1 alpha-2 where known (European countries), else undefined */
  iso2?: string
  /** Natural Earth's English name */
  name: string
  feature: Feature<Geometry>
}

/** ISO 3166-1 numeric (world-atlas feature ids) → alpha-2, for the EU and its neighbours. */
export const ISO_NUMERIC_TO_ALPHA2: Readonly<Record<string, string>> = {
  '040': 'AT', '056': 'BE', '100': 'BG', '191': 'HR', '196': 'CY', '203': 'CZ', '208': 'DK', '233': 'EE',
  '246': 'FI', '250': 'FR', '276': 'DE', '300': 'GR', '348': 'HU', '372': 'IE', '380': 'IT', '428': 'LV',
  '440': 'LT', '442': 'LU', '470': 'MT', '528': 'NL', '616': 'PL', '620': 'PT', '642': 'RO', '703': 'SK',
  '705': 'SI', '724': 'ES', '752': 'SE', '578': 'NO', '756': 'CH', '826': 'GB', '352': 'IS',
}

/** Every country of the 1:110m Natural Earth set (about 39 KB gzipped; enough detail at this zoom). */
export async function loadCountryShapes(): Promise<CountryShape[]> {
  const [{ feature }, topology] = await Promise.all([import('topojson-client'), import('world-atlas/countries-110m.json')])
  const topo = topology.default
  const collection = feature(topo, topo.objects.countries) as unknown as { features: Feature<Geometry, { name?: string }>[] }
  return collection.features.map((f) => ({
    iso2: f.id !== undefined ? ISO_NUMERIC_TO_ALPHA2[String(f.id)] : undefined,
    name: f.properties?.name ?? '',
    feature: f,
  }))
}
