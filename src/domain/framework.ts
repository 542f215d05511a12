/**
 * The measurement framework: levels, dimensions, scale, sectors, regions.
 * Source of truth for codes and labels (see docs/methodology.md). Pure data, no React.
 */

export type Lang = 'nl' | 'en'
export interface Label {
  nl: string
  en: string
}

export const LEVELS = ['individual', 'organisational', 'regional_sectoral', 'national'] as const
export type Level = (typeof LEVELS)[number]

export const PILLARS = ['technological', 'social'] as const
export type Pillar = (typeof PILLARS)[number]

export const DIMENSIONS = ['T1', 'T2', 'T3', 'T4', 'S1', 'S2', 'S3', 'S4', 'S5'] as const
export type Dimension = (typeof DIMENSIONS)[number]

export interface LevelInfo {
  id: Level
  label: Label
  /** What is measured at this level */
  unit: Label
}

export const LEVEL_INFO: readonly LevelInfo[] = [
  {
    id: 'individual',
    label: { nl: 'Individueel', en: 'Individual' },
    unit: { nl: 'ambtenaren (enquête)', en: 'civil servants (survey)' },
  },
  {
    id: 'organisational',
    label: { nl: 'Organisatie', en: 'Organisational' },
    unit: { nl: 'overheidsorganisaties (zelfevaluatie)', en: 'public organisations (self-assessment)' },
  },
  {
    id: 'regional_sectoral',
    label: { nl: 'Regionaal/sectoraal', en: 'Regional/sectoral' },
    unit: { nl: 'regionale en sectorale netwerken', en: 'regional and sector networks' },
  },
  {
    id: 'national',
    label: { nl: 'Landelijk', en: 'National' },
    unit: { nl: 'het land', en: 'the country' },
  },
]

export interface DimensionInfo {
  id: Dimension
  pillar: Pillar
  label: Label
  definition: Label
  source: string
}

export const DIMENSION_INFO: readonly DimensionInfo[] = [
  {
    id: 'T1',
    pillar: 'technological',
    label: { nl: 'Digitale infrastructuur & platforms', en: 'Digital infrastructure & platforms' },
    definition: {
      nl: 'Gedeelde, herbruikbare systemen die op elkaar aansluiten (cloud, eID, basisregistraties).',
      en: 'Shared, reusable, interoperable systems (cloud, eID, base registers).',
    },
    source: 'OECD DGPF "government as a platform"; World Bank GTMI core systems',
  },
  {
    id: 'T2',
    pillar: 'technological',
    label: { nl: 'Data & AI', en: 'Data & AI use' },
    definition: {
      nl: 'Data beheerd als bezit en gebruikt, ook met AI, voor beleid en dienstverlening.',
      en: 'Data governed as an asset and used, with AI, for policy and services.',
    },
    source: 'OECD "data-driven public sector"; STAD 2019 (big data, AI)',
  },
  {
    id: 'T3',
    pillar: 'technological',
    label: { nl: 'Informatieveiligheid & privacy', en: 'Information security & privacy' },
    definition: {
      nl: 'Systemen en persoonsgegevens beschermen; open zijn over algoritmes.',
      en: 'Protecting systems and personal data; transparency about algorithms.',
    },
    source: 'STAD 2019 (Van der Wal); DigComp "safety"; eGovernment Benchmark "transparency"',
  },
  {
    id: 'T4',
    pillar: 'technological',
    label: { nl: 'Digitale dienstverlening', en: 'Digital service delivery' },
    definition: {
      nl: 'Online diensten die uitgaan van de gebruiker, vooruitlopen op vragen en toegankelijk zijn.',
      en: 'User-driven, proactive, accessible online services.',
    },
    source: 'OECD "user-driven", "proactiveness"; DESI digital public services',
  },
  {
    id: 'S1',
    pillar: 'social',
    label: { nl: 'Digitale geletterdheid', en: 'Digital literacy' },
    definition: {
      nl: 'Digitale vaardigheden van ambtenaren en politici.',
      en: 'Competences of civil servants and politicians.',
    },
    source: 'STAD 2019 ("digitaal geletterder"); DigComp 2.2',
  },
  {
    id: 'S2',
    pillar: 'social',
    label: { nl: 'Cocreatie & participatie', en: 'Co-creation & participation' },
    definition: {
      nl: 'Samen maken met inwoners, bedrijven en maatschappelijke organisaties (horizontalisering).',
      en: 'Co-production with citizens, firms and civil society ("horizontalisation").',
    },
    source: 'STAD 2019; Volberda (co-creation); GTMI citizen engagement',
  },
  {
    id: 'S3',
    pillar: 'social',
    label: { nl: 'Slimmer werken & flexibel organiseren', en: 'Smarter working & flexible organising' },
    definition: {
      nl: 'Werk ingericht rond mensen: ruimte voor eigen keuzes, teams over afdelingen heen.',
      en: 'Human-centred work design, autonomy, cross-functional teams.',
    },
    source: 'Volberda / NCSI social innovation',
  },
  {
    id: 'S4',
    pillar: 'social',
    label: { nl: 'Leiderschap & leercultuur', en: 'Leadership & learning culture' },
    definition: {
      nl: 'Een visie op vernieuwing, ruimte om te experimenteren, veilig kunnen leren.',
      en: 'Vision on innovation, room to experiment, safe learning climate.',
    },
    source: 'Volberda "dynamisch managen"; OECD Innovative Capacity Framework',
  },
  {
    id: 'S5',
    pillar: 'social',
    label: { nl: 'Integriteit & ethisch bewustzijn', en: 'Integrity & ethics awareness' },
    definition: {
      nl: 'Dilemma’s over privacy, ongelijkheid en publiek/privaat herkennen en afwegen.',
      en: 'Recognising and weighing privacy, inequality and public/private dilemmas.',
    },
    source: 'STAD 2019 (Van der Wal)',
  },
]

export const PILLAR_INFO: Record<Pillar, { label: Label; dimensions: Dimension[] }> = {
  technological: {
    label: { nl: 'Technologisch', en: 'Technological' },
    dimensions: ['T1', 'T2', 'T3', 'T4'],
  },
  social: {
    label: { nl: 'Sociaal', en: 'Social' },
    dimensions: ['S1', 'S2', 'S3', 'S4', 'S5'],
  },
}

export function pillarOf(dimension: Dimension): Pillar {
  return dimension.startsWith('T') ? 'technological' : 'social'
}

export interface ScaleStep {
  value: 1 | 2 | 3 | 4 | 5
  label: Label
  descriptor: Label
}

export const SCALE: readonly ScaleStep[] = [
  { value: 1, label: { nl: 'Initieel', en: 'Initial' }, descriptor: { nl: 'ad hoc, hangt af van personen', en: 'ad hoc, depends on individuals' } },
  { value: 2, label: { nl: 'Experimenterend', en: 'Developing' }, descriptor: { nl: 'pilots, eerste gedeelde werkwijzen', en: 'pilots, first shared practices' } },
  { value: 3, label: { nl: 'Gedefinieerd', en: 'Defined' }, descriptor: { nl: 'standaarden, beleid en routines zijn er', en: 'standards, policy and routines in place' } },
  { value: 4, label: { nl: 'Geïntegreerd', en: 'Integrated' }, descriptor: { nl: 'in de hele organisatie, gemeten, ingebed', en: 'organisation-wide, measured, embedded' } },
  { value: 5, label: { nl: 'Optimaliserend', en: 'Optimising' }, descriptor: { nl: 'steeds verbeteren met partners, leren in het hele netwerk', en: 'continuous redesign with partners, learning across the ecosystem' } },
]

export const CLUSTERS = ['cabinet', 'decentralised', 'education_research'] as const
export type Cluster = (typeof CLUSTERS)[number]

export const CLUSTER_INFO: Record<Cluster, Label> = {
  cabinet: { nl: 'Kabinetssectoren', en: 'Cabinet sectors' },
  decentralised: { nl: 'Decentrale overheden', en: 'Decentralised government' },
  education_research: { nl: 'Onderwijs & onderzoek', en: 'Education & research' },
}

export interface SectorInfo {
  code: string
  cluster: Cluster
  label: Label
}

export const SECTORS: readonly SectorInfo[] = [
  { code: 'RIJK', cluster: 'cabinet', label: { nl: 'Rijk', en: 'Central government' } },
  { code: 'DEF', cluster: 'cabinet', label: { nl: 'Defensie', en: 'Defence' } },
  { code: 'POL', cluster: 'cabinet', label: { nl: 'Politie', en: 'Police' } },
  { code: 'RM', cluster: 'cabinet', label: { nl: 'Rechterlijke Macht', en: 'Judiciary' } },
  { code: 'GEM', cluster: 'decentralised', label: { nl: 'Gemeenten', en: 'Municipalities' } },
  { code: 'PROV', cluster: 'decentralised', label: { nl: 'Provincies', en: 'Provinces' } },
  { code: 'WS', cluster: 'decentralised', label: { nl: 'Waterschappen', en: 'Water authorities' } },
  { code: 'PO', cluster: 'education_research', label: { nl: 'Primair onderwijs', en: 'Primary education' } },
  { code: 'VO', cluster: 'education_research', label: { nl: 'Voortgezet onderwijs', en: 'Secondary education' } },
  { code: 'MBO', cluster: 'education_research', label: { nl: 'Middelbaar beroepsonderwijs', en: 'Vocational education' } },
  { code: 'HBO', cluster: 'education_research', label: { nl: 'Hoger beroepsonderwijs', en: 'Universities of applied sciences' } },
  { code: 'WO', cluster: 'education_research', label: { nl: 'Wetenschappelijk onderwijs', en: 'Research universities' } },
  { code: 'UMC', cluster: 'education_research', label: { nl: 'Universitair medische centra', en: 'University medical centres' } },
  { code: 'OI', cluster: 'education_research', label: { nl: 'Onderzoeksinstellingen', en: 'Research institutes' } },
]

export interface ProvinceInfo {
  code: string
  name: string
  nuts2021: string
  nuts2024: string
  iso: string
}

export const PROVINCES: readonly ProvinceInfo[] = [
  { code: 'PV20', name: 'Groningen', nuts2021: 'NL11', nuts2024: 'NL11', iso: 'NL-GR' },
  { code: 'PV21', name: 'Fryslân', nuts2021: 'NL12', nuts2024: 'NL12', iso: 'NL-FR' },
  { code: 'PV22', name: 'Drenthe', nuts2021: 'NL13', nuts2024: 'NL13', iso: 'NL-DR' },
  { code: 'PV23', name: 'Overijssel', nuts2021: 'NL21', nuts2024: 'NL21', iso: 'NL-OV' },
  { code: 'PV24', name: 'Flevoland', nuts2021: 'NL23', nuts2024: 'NL23', iso: 'NL-FL' },
  { code: 'PV25', name: 'Gelderland', nuts2021: 'NL22', nuts2024: 'NL22', iso: 'NL-GE' },
  { code: 'PV26', name: 'Utrecht', nuts2021: 'NL31', nuts2024: 'NL35', iso: 'NL-UT' },
  { code: 'PV27', name: 'Noord-Holland', nuts2021: 'NL32', nuts2024: 'NL32', iso: 'NL-NH' },
  { code: 'PV28', name: 'Zuid-Holland', nuts2021: 'NL33', nuts2024: 'NL36', iso: 'NL-ZH' },
  { code: 'PV29', name: 'Zeeland', nuts2021: 'NL34', nuts2024: 'NL34', iso: 'NL-ZE' },
  { code: 'PV30', name: 'Noord-Brabant', nuts2021: 'NL41', nuts2024: 'NL41', iso: 'NL-NB' },
  { code: 'PV31', name: 'Limburg', nuts2021: 'NL42', nuts2024: 'NL42', iso: 'NL-LI' },
]

export interface CountryInfo {
  code: string
  label: Label
}

/** Countries at the national level: ISO 3166-1 alpha-2, plus EU27 for the EU average. */
export const COUNTRIES: readonly CountryInfo[] = [
  { code: 'NL', label: { nl: 'Nederland', en: 'Netherlands' } },
  { code: 'EU27', label: { nl: 'EU-gemiddelde (EU27)', en: 'EU average (EU27)' } },
  { code: 'BE', label: { nl: 'België', en: 'Belgium' } },
  { code: 'DE', label: { nl: 'Duitsland', en: 'Germany' } },
  { code: 'DK', label: { nl: 'Denemarken', en: 'Denmark' } },
  { code: 'EE', label: { nl: 'Estland', en: 'Estonia' } },
  { code: 'FI', label: { nl: 'Finland', en: 'Finland' } },
  { code: 'FR', label: { nl: 'Frankrijk', en: 'France' } },
  { code: 'IE', label: { nl: 'Ierland', en: 'Ireland' } },
  { code: 'AT', label: { nl: 'Oostenrijk', en: 'Austria' } },
  { code: 'ES', label: { nl: 'Spanje', en: 'Spain' } },
  { code: 'SE', label: { nl: 'Zweden', en: 'Sweden' } },
]

/** Disclosure control: below minN nothing is published; below lowReliabilityN or above maxCiHalfWidth it is flagged. */
export const THRESHOLDS = {
  minN: 10,
  lowReliabilityN: 30,
  maxCiHalfWidth: 0.5,
} as const

export const Z95 = 1.96
