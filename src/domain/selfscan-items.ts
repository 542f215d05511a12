/**
 * The statements of the self-assessment ("Zelfscan"): three per dimension, written for Samenhang
 * from the framework's definitions and the sources they cite (FRAMEWORK.md, `DIMENSION_INFO`).
 * Each is answered on the 1–5 maturity scale (`SCALE`), or "weet niet". An item's id is its
 * column in the respondent-level format (`T1_1` … `S5_3`, ADR 0007), so an answer sheet can be
 * read by the dataset import as it is. No item is reverse-scored: on a maturity scale a
 * reversed statement would ask "how mature is the absence of …", which nobody can answer.
 *
 * The methodology page lists these statements with their dimension (`selfscanStatements`).
 */
import { DIMENSIONS, DIMENSION_INFO, type Dimension, type Label, type Lang } from './framework'
import { parseItemColumn, type ItemColumn } from './respondents'

/** One statement of the questionnaire. */
export interface SelfscanItem {
  /** the column name in the respondent-level format, e.g. `T1_1` */
  id: string
  dimension: Dimension
  /** the statement, B1 Dutch and plain English */
  text: Label
  /** the sources the statement is drawn from (the dimension's own, narrowed where useful) */
  basis: string
}

const item = (id: string, nl: string, en: string, basis: string): SelfscanItem => ({ id, dimension: id.slice(0, 2) as Dimension, text: { nl, en }, basis })

/** All statements, in questionnaire order (by dimension T1 … S5, then item). */
export const SELFSCAN_ITEMS: readonly SelfscanItem[] = [
  item(
    'T1_1',
    'We gebruiken gedeelde voorzieningen van de overheid, zoals DigiD, eHerkenning en de basisregistraties, in plaats van eigen oplossingen.',
    'We use shared government services, such as DigiD, eHerkenning and the base registers, instead of our own solutions.',
    'OECD DGPF "government as a platform"; World Bank GTMI core systems',
  ),
  item(
    'T1_2',
    'Onze systemen wisselen gegevens uit met elkaar en met andere organisaties, volgens afgesproken standaarden.',
    'Our systems exchange data with each other and with other organisations, using agreed standards.',
    'World Bank GTMI (interoperability); OECD DGPF',
  ),
  item(
    'T1_3',
    'We kiezen nieuwe systemen zo dat we ze kunnen hergebruiken, delen of vervangen zonder alles opnieuw te bouwen.',
    'We choose new systems so that we can reuse, share or replace them without rebuilding everything.',
    'OECD DGPF "government as a platform"',
  ),
  item(
    'T2_1',
    'Het is duidelijk wie verantwoordelijk is voor welke gegevens, en hoe goed die gegevens zijn.',
    'It is clear who is responsible for which data, and how good that data is.',
    'OECD "data-driven public sector" (data governance)',
  ),
  item(
    'T2_2',
    'We gebruiken gegevens en analyses om beleid te maken en bij te sturen.',
    'We use data and analysis to make and adjust policy.',
    'OECD "data-driven public sector"; STAD 2019 (big data)',
  ),
  item(
    'T2_3',
    'We zetten algoritmes of AI in waar dat het werk of de dienstverlening beter maakt, met duidelijke afspraken over het gebruik.',
    'We use algorithms or AI where they make work or services better, with clear rules for their use.',
    'STAD 2019 (AI); OECD "data-driven public sector"',
  ),
  item(
    'T3_1',
    'We weten welke risico’s er zijn voor onze systemen en gegevens, en we nemen daar passende maatregelen tegen.',
    'We know the risks to our systems and data, and we take fitting measures against them.',
    'DigComp "safety"; STAD 2019 (Van der Wal: information security)',
  ),
  item(
    'T3_2',
    'Bij nieuwe projecten kijken we vooraf naar privacy, en we verwerken alleen de gegevens die echt nodig zijn.',
    'In new projects we look at privacy first, and we only process the data we really need.',
    'STAD 2019 (Van der Wal: privacy); DigComp "safety"',
  ),
  item(
    'T3_3',
    'We leggen openlijk uit welke algoritmes we gebruiken en hoe die tot een uitkomst komen.',
    'We explain openly which algorithms we use and how they reach an outcome.',
    'eGovernment Benchmark "transparency"; STAD 2019 (Van der Wal)',
  ),
  item(
    'T4_1',
    'Inwoners en bedrijven kunnen hun zaken met ons online regelen, van begin tot eind.',
    'Citizens and businesses can deal with us online, from start to finish.',
    'DESI digital public services; eGovernment Benchmark',
  ),
  item(
    'T4_2',
    'We ontwerpen onze online diensten samen met gebruikers, ook met mensen die minder digitaal vaardig zijn of een beperking hebben.',
    'We design our online services together with users, including people with fewer digital skills or a disability.',
    'OECD "user-driven"; DESI (accessibility)',
  ),
  item(
    'T4_3',
    'We bieden een dienst aan voordat mensen erom vragen, als we weten dat ze er recht op hebben.',
    'We offer a service before people ask for it, when we know they are entitled to it.',
    'OECD "proactiveness"',
  ),
  item(
    'S1_1',
    'Medewerkers hebben de digitale vaardigheden die hun werk vraagt, en ze houden die bij.',
    'Staff have the digital skills their work needs, and they keep them up to date.',
    'DigComp 2.2; STAD 2019 ("digitaal geletterder")',
  ),
  item(
    'S1_2',
    'Bestuurders en leidinggevenden begrijpen wat digitalisering, data en AI betekenen voor hun besluiten.',
    'Leaders and elected officials understand what digitalisation, data and AI mean for their decisions.',
    'STAD 2019 (civil servants and politicians "digitaal geletterder")',
  ),
  item(
    'S1_3',
    'Er zijn opleidingen in digitale vaardigheden, en medewerkers krijgen tijd om ze te volgen.',
    'There is training in digital skills, and staff get time to take it.',
    'DigComp 2.2; OECD Innovative Capacity Framework (skills)',
  ),
  item(
    'S2_1',
    'We betrekken inwoners, bedrijven en maatschappelijke organisaties vroeg bij nieuw beleid en nieuwe diensten.',
    'We involve citizens, businesses and civil society early in new policies and services.',
    'STAD 2019 ("horizontalisering"); GTMI citizen engagement',
  ),
  item(
    'S2_2',
    'We werken met andere overheden, bedrijven of kennisinstellingen samen aan gedeelde opgaven.',
    'We work with other public bodies, businesses or research institutions on shared challenges.',
    'Volberda (co-creation); STAD 2019',
  ),
  item(
    'S2_3',
    'Wat we van inwoners en partners horen, verandert echt iets aan onze plannen, en we laten zien wat.',
    'What we hear from citizens and partners really changes our plans, and we show what changed.',
    'GTMI citizen engagement',
  ),
  item(
    'S3_1',
    'Teams hebben de ruimte om zelf te bepalen hoe ze hun werk doen.',
    'Teams have room to decide for themselves how they do their work.',
    'Volberda / NCSI social innovation (autonomy)',
  ),
  item(
    'S3_2',
    'Mensen uit verschillende afdelingen en vakgebieden werken in vaste of tijdelijke teams samen aan één opgave.',
    'People from different departments and disciplines work together on one task, in standing or temporary teams.',
    'Volberda / NCSI (cross-functional teams)',
  ),
  item(
    'S3_3',
    'Als nieuwe technologie het werk verandert, richten we het werk opnieuw in en kijken we wat dat voor medewerkers betekent.',
    'When new technology changes the work, we redesign the work and look at what it means for staff.',
    'Volberda / NCSI (human-centred work design)',
  ),
  item(
    'S4_1',
    'De leiding heeft een duidelijke visie op vernieuwing en vertelt die.',
    'Management has a clear vision of innovation and shares it.',
    'Volberda "dynamisch managen"; OECD Innovative Capacity Framework',
  ),
  item(
    'S4_2',
    'Er is tijd en geld om nieuwe ideeën uit te proberen, ook als een proef kan mislukken.',
    'There is time and money to try out new ideas, even when a pilot may fail.',
    'OECD Innovative Capacity Framework (room to experiment)',
  ),
  item(
    'S4_3',
    'Fouten en mislukte proeven bespreken we open, zodat we ervan leren.',
    'We discuss mistakes and failed pilots openly, so that we learn from them.',
    'Volberda; OECD Innovative Capacity Framework (safe learning climate)',
  ),
  item(
    'S5_1',
    'Medewerkers herkennen ethische vragen bij het gebruik van data en technologie, zoals privacy en ongelijke behandeling.',
    'Staff recognise ethical questions in the use of data and technology, such as privacy and unequal treatment.',
    'STAD 2019 (Van der Wal: privacy, inequality)',
  ),
  item(
    'S5_2',
    'We hebben een vaste manier om zulke dilemma’s te bespreken en af te wegen, bijvoorbeeld een ethische commissie of een gespreksmethode.',
    'We have a set way to discuss and weigh such dilemmas, for example an ethics committee or a discussion method.',
    'STAD 2019 (Van der Wal: integrity dilemmas)',
  ),
  item(
    'S5_3',
    'Als we met bedrijven samenwerken, maken we duidelijke afspraken over publieke belangen, zoals wie de gegevens bezit.',
    'When we work with businesses, we make clear agreements about public interests, such as who owns the data.',
    'STAD 2019 (Van der Wal: public/private boundary)',
  ),
]

/** The items as columns of the respondent-level format, in questionnaire order. */
export const SELFSCAN_COLUMNS: readonly ItemColumn[] = SELFSCAN_ITEMS.map((i) => {
  const c = parseItemColumn(i.id)
  if (!c) throw new Error(`selfscan item ${i.id} is not an item column`)
  return c
})

/** The items of one dimension, in order. */
export function itemsOf(dimension: Dimension): SelfscanItem[] {
  return SELFSCAN_ITEMS.filter((i) => i.dimension === dimension)
}

/** Looks an item up by its id (case-insensitive); undefined when it is not one of ours. */
export function selfscanItem(id: string): SelfscanItem | undefined {
  const key = id.trim().toUpperCase()
  return SELFSCAN_ITEMS.find((i) => i.id === key)
}

/** One row for the methodology page: the dimension, then its statements. */
export interface SelfscanStatementGroup {
  dimension: Dimension
  /** the dimension's name in the chosen language */
  label: string
  statements: { id: string; text: string; basis: string }[]
}

/**
 * The statements grouped by dimension, in one language, for the methodology page's list
 * ("Zelfscan: de stellingen"). Nine groups, T1 … S5.
 */
export function selfscanStatements(lang: Lang): SelfscanStatementGroup[] {
  return DIMENSIONS.map((d) => ({
    dimension: d,
    label: DIMENSION_INFO.find((x) => x.id === d)!.label[lang],
    statements: itemsOf(d).map((i) => ({ id: i.id, text: i.text[lang], basis: i.basis })),
  }))
}
