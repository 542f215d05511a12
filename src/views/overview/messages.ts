import { defineMessages } from '../../i18n/messages'

/** The overview's own words for "how is my province doing?" (issue #16 item 6); nl is the source. */
export const overviewMessages = defineMessages(
  {
    'beside.title': '{name} naast Nederland, per niveau',
    'beside.subtitle': 'Gereedheid R, technologisch T en sociaal S van {name} en van Nederland als geheel (dezelfde sectoren), met het verschil en 95%-interval · {filters}',
    'beside.level': 'Niveau',
    'beside.measure': 'Maat',
    'beside.unit': '{name}',
    'beside.reference': 'Nederland',
    'beside.diff': 'Verschil',
    'beside.diffCi': '95%-interval van het verschil',
    'beside.verdict': 'Oordeel',
    'beside.national': 'Het landelijke niveau is Nederland als geheel: daar is geen verschil met Nederland.',
    'pooled.note': 'U koos {count} provincies: {names}. Hun antwoorden zijn samengevoegd tot één groep; de cijfers zijn dus niet die van één provincie. Vergelijk provincies apart op de pagina Regio’s vergelijken.',
    reference: 'Nederland',
  },
  {
    'beside.title': '{name} beside the Netherlands, level by level',
    'beside.subtitle': 'Readiness R, technological T and social S of {name} and of the Netherlands as a whole (same sectors), with the difference and 95% interval · {filters}',
    'beside.level': 'Level',
    'beside.measure': 'Measure',
    'beside.unit': '{name}',
    'beside.reference': 'Netherlands',
    'beside.diff': 'Difference',
    'beside.diffCi': '95% interval of the difference',
    'beside.verdict': 'Verdict',
    'beside.national': 'The national level is the Netherlands as a whole: there is no difference from the Netherlands there.',
    'pooled.note': 'You chose {count} provinces: {names}. Their responses are pooled into one group, so the figures are not those of any one province. Compare provinces separately on the Compare regions page.',
    reference: 'the Netherlands',
  },
)
