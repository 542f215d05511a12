/**
 * The words of the methodology page (nl and en): what is measured, every formula, the interval
 * rules and their direction, the certainty words and size bands, the rounding rule, and the
 * disclosure rules. The thresholds come from the domain modules, so the page cannot drift from them.
 */
import type { Lang } from '../../domain/framework'
import { BASE_DIGITS, formatNumber, MAX_INTERVAL_DIGITS } from '../../domain/format'
import { SIZE_LIMITS } from '../../domain/vocabulary'

export const TEXT = {
  nl: {
    title: 'Methode: hoe Samenhang rekent',
    intro:
      'Samenhang laat zien hoe ver de publieke sector is met technologische en sociale vernieuwing, op vier niveaus. Het idee komt uit de Staat van de Ambtelijke Dienst 2019: technologie en mensen moeten samen vernieuwen, en op alle niveaus tegelijk.',
    data: 'Waar de gegevens vandaan komen',
    levels: 'Vier niveaus',
    levelCols: ['Niveau', 'Wat wordt gemeten'],
    dims: 'Negen dimensies, op elk niveau dezelfde',
    dimCols: ['Code', 'Pijler', 'Dimensie', 'Betekenis', 'Geïnspireerd op'],
    scale: 'De schaal van 1 tot 5',
    scaleCols: ['Waarde', 'Naam', 'Betekenis'],
    formulas: 'Formules',
    f: [
      ['Cel', 'Elke cel (niveau, dimensie, regio, sector, jaar) bewaart n, Σx en Σx². Cellen samenvoegen is optellen.'],
      ['Gemiddelde', 'gemiddelde = Σx / N'],
      ['Spreiding', 'var = (Σx² − N·gemiddelde²) / (N − 1);  sd = √var;  se = √(var / N)'],
      ['95%-interval', 'gemiddelde ± 1,96 · se (normale benadering; bij N < 30 markeren we de cijfers als dun)'],
      ['Pijlers', 'T = gemiddelde van T1–T4; S = gemiddelde van S1–S5 (gelijke gewichten). Hun onzekerheid: zie hieronder.'],
      ['Gereedheid', 'R = √(T · S), het meetkundig gemiddelde: een sterke pijler kan een zwakke niet verbergen. Ter vergelijking: het rekenkundig gemiddelde (T + S) / 2 is altijd minstens even hoog.'],
      ['Balans', 'G = T − S. "Technologie loopt voor" of "sociale innovatie loopt voor" alleen als het 95%-interval van G geheel boven of onder 0 ligt (aantoonbaar); anders "in evenwicht binnen de marge".'],
      ['Verschillen', 'Een verschil a − b tussen aparte steekproeven (provincies, jaren, niveaus) heeft se = √(se_a² + se_b²). "Hoger" of "lager" alleen als het 95%-interval 0 niet bevat (aantoonbaar); anders "geen aantoonbaar verschil".'],
      ['Samenhang', 'De spreiding van R over de niveaus (hoogste min laagste) en het zwakste niveau. We noemen een niveau alleen "de zwakste schakel" als het aantoonbaar lager ligt dan elk ander niveau, en we zeggen erbij dat het om de andere niveaus gaat, niet om Nederland.'],
    ],
    compare: 'Provincies vergelijken',
    cmp: [
      ['Referentie', 'Nederland als geheel: alle antwoorden uit het land samengevoegd, met hetzelfde sectorfilter, in hetzelfde jaar en op hetzelfde niveau. Het landelijke niveau (alleen het land als geheel) doet niet mee.'],
      ['Verschil met Nederland', 'd = provincie − Nederland, per dimensie, per pijler en voor R. 95%-interval: d ± 1,96 · √(se_provincie² + se_Nederland²), met de se van een pijler of van R zoals hierboven. "Hoger" of "lager" alleen als dit interval 0 niet bevat; anders "geen aantoonbaar verschil".'],
      ['Provincie is deel van Nederland', 'De twee schattingen hangen daardoor samen, en de echte se van het verschil is kleiner dan de formule hierboven, die onafhankelijkheid aanneemt. Ons interval is dus te breed: we noemen eerder te weinig dan te veel verschillen aantoonbaar (conservatief). Voorbeeld met 100 van de 500 antwoorden uit de provincie en sd 0,5: echte se 0,045, onze se 0,055. Het verschil met Nederland is ook kleiner dan het verschil met de rest van het land (keer 1 − het aandeel van de provincie). We kiezen toch voor Nederland als geheel, omdat lezers dat cijfer kennen.'],
      ['Alle drie niveaus', 'Voor kaart, rangorde, balans en de vergelijking met alle niveaus samen is een maat het gewone gemiddelde van de drie niveaus, se = √(Σ se²) / 3. De niveaus meten verschillende eenheden (ambtenaren, organisaties, netwerken); onafhankelijkheid is daar redelijk.'],
      ['Rangorde met marges', 'Provincie A staat aantoonbaar boven B als het 95%-interval van A − B geheel boven 0 ligt. Beste plaats = 1 + het aantal provincies dat aantoonbaar hoger staat; slechtste plaats = het aantal provincies met een waarde − het aantal dat aantoonbaar lager staat. "3–5" betekent: plaats 3, 4 of 5 is mogelijk. We corrigeren niet voor het grote aantal paren (66 bij 12 provincies): de marges zijn een hulpmiddel, geen garantie.'],
      ['Tegelkaart', 'Twaalf even grote tegels, ongeveer op de plaats van de provincie, niet op schaal. De kleur heeft 5 klassen van gelijke breedte op ronde grenzen; het cijfer staat op de tegel. Gearceerd: te weinig gegevens.'],
      ['Gelijke provincies', 'Afstand = √(gemiddelde van (a − b)²) over de negen dimensies (bij alle niveaus: 27 waarden), in punten. We tonen de drie provincies met de kleinste afstand en een volledig profiel. Dit beschrijft; het is geen toets.'],
      ['CSV', 'Een download bevat precies de getallen op het scherm, afgerond volgens de regel hieronder. Nederlandse variant: puntkomma, decimale komma en een UTF-8-BOM (voor Excel). Internationale variant: komma en decimale punt. Tekst die met = + - of @ begint, krijgt een apostrof ervoor, zodat een rekenblad er geen formule van maakt.'],
    ],
    trends: 'Veranderingen over de jaren en Nederland in Europa',
    trd: [
      ['Verandering tussen twee jaren', 'd = waarde in het latere jaar − waarde in het eerdere jaar, met se = √(se_eerder² + se_later²): de twee jaren zijn aparte steekproeven. "Aantoonbare toename" of "aantoonbare afname" alleen als het 95%-interval d ± 1,96 · se 0 niet bevat; anders "geen aantoonbare verandering". Zo werkt ook de keuze "Twee jaren vergelijken" op het overzicht en bij de provincies.'],
      ['Van jaar op jaar', 'Elk jaar vergeleken met het kalenderjaar ervoor, met dezelfde regel. Heeft een van de twee jaren geen cijfer (ook als dat jaar helemaal niet in de gegevens staat), dan is er geen verandering: we rekenen nooit over een gat heen (dus niet 2020 → 2022 als 2021 ontbreekt). De tijd-as loopt gelijk met de jaren; een ontbrekend jaar is een zichtbaar gat.'],
      ['Ontbrekende jaren', 'Een jaar zonder cijfer (geen gegevens, of te weinig antwoorden) blijft leeg: de lijn stopt en begint weer, de kolom is gearceerd. We vullen niets in en trekken geen lijn tussen de jaren eromheen. Voorbeeld in de demodata: Flevoland heeft op regionaal/sectoraal niveau geen cijfers voor 2019 en 2020; de verandering telt daar vanaf 2021, en dat staat erbij.'],
      ['Over de hele periode', 'Van het eerste tot het laatste jaar met een cijfer, met dezelfde regel. We toetsen niet elk jaar apart tegen elk ander jaar: de pijltjes zijn een hulpmiddel, geen reeks toetsen met correctie.'],
      ['Landelijk niveau', 'Het landelijke niveau is altijd het land als geheel: de filters voor provincie en sector gelden daar niet. Het EU-gemiddelde (EU27) is een gemiddelde, geen land: het staat als stippellijn bij de rangorde en telt niet mee in de plaatsen.'],
      ['Plaats van Nederland', 'Dezelfde rangorde met marges als bij de provincies: beste plaats = 1 + het aantal landen dat aantoonbaar hoger staat, slechtste plaats = het aantal landen met een waarde − het aantal dat aantoonbaar lager staat. Eén land heet alleen "het hoogst" als geen ander land op plaats 1 kan staan; anders noemen we alle landen die het hoogst kunnen scoren.'],
      ['Afstand tot de koploper', 'De koploper is het land met de hoogste waarde in het gekozen jaar. Afstand = koploper − Nederland, se = √(se_koploper² + se_Nederland²). Staat Nederland zelf bovenaan, dan meten we de voorsprong op nummer twee. Binnen de marge kunnen ook andere landen de koploper zijn; dat staat bij de grafiek.'],
      ['Inlopen of achterop raken', 'Verandering van de afstand = afstand in het gekozen jaar − afstand in het vergelijkjaar, met se = √(se_afstand_eerder² + se_afstand_later²): de onzekerheid van alle vier schattingen telt mee. Dezelfde koploper in beide jaren. "Raakt achterop" als het 95%-interval van die verandering geheel boven 0 ligt, "loopt in" als het geheel onder 0 ligt, anders "geen aantoonbare verandering".'],
      ['Kaart van Europa', 'Landsgrenzen van Natural Earth (1:110 miljoen, vrij te gebruiken), getekend met d3-geo in een Lambert-projectie met gelijke oppervlakte, gecentreerd op Europa. Kleur in 5 klassen van gelijke breedte, zoals de tegelkaart. Gearceerd: in de gegevens maar zonder cijfer. Lichtgrijs: niet in deze gegevens. De lijst bij de kaart bevat dezelfde cijfers en werkt met toetsenbord en schermlezer.'],
    ],
    rules: 'Geheimhouding en betrouwbaarheid',
    r: [
      'Een cel of totaal met minder dan {minN} antwoorden tonen we niet. De API geeft dan alleen de vlag "suppressed", geen waarde en geen n.',
      'Onderdrukking aan de bron: cellen met minder dan {minN} antwoorden tellen in geen enkel totaal mee. Zo kan niemand een verborgen cel terugrekenen door een gepubliceerd deel van een gepubliceerd totaal af te trekken. Een extra (secundaire) onderdrukking is daardoor niet nodig. De prijs: totalen missen deze kleine cellen; dat staat hier, zodat u het weet.',
      'Minder dan {lowN} antwoorden, of een 95%-interval breder dan ± {half} punt: "dunne gegevens". Die tekenen we lichter en we noemen ze in de bevindingen.',
      'Het landelijke niveau toont altijd het land als geheel. De filters voor provincie en sector gelden daar niet; dat staat bij elke grafiek.',
    ],
    synthetic:
      'Let op: dit zijn demodata. Ze zijn verzonnen met een vaste startwaarde (seed) en lijken alleen in grote lijnen op gepubliceerde patronen (CBS digitale vaardigheden 2023; Regional Innovation Scoreboard). Het zijn geen echte metingen.',
    own: 'Eigen gegevens worden aangeleverd als CSV met per cel n, gemiddelde en standaardafwijking; zie docs/data-format.md.',
  },
  en: {
    title: 'Methodology: how Samenhang calculates',
    intro:
      'Samenhang shows how far the public sector has come with technological and social innovation, at four levels. The idea comes from the 2019 State of the Civil Service (Staat van de Ambtelijke Dienst): technology and people must innovate together, at every level at once.',
    data: 'Where the data come from',
    levels: 'Four levels',
    levelCols: ['Level', 'What is measured'],
    dims: 'Nine dimensions, the same at every level',
    dimCols: ['Code', 'Pillar', 'Dimension', 'Meaning', 'Inspired by'],
    scale: 'The scale from 1 to 5',
    scaleCols: ['Value', 'Name', 'Meaning'],
    formulas: 'Formulas',
    f: [
      ['Cell', 'Each cell (level, dimension, region, sector, year) stores n, Σx and Σx². Pooling cells is adding them up.'],
      ['Mean', 'mean = Σx / N'],
      ['Spread', 'var = (Σx² − N·mean²) / (N − 1);  sd = √var;  se = √(var / N)'],
      ['95% interval', 'mean ± 1.96 · se (normal approximation; with N < 30 we flag the figures as thin)'],
      ['Pillars', 'T = mean of T1–T4; S = mean of S1–S5 (equal weights). Their uncertainty: see below.'],
      ['Readiness', 'R = √(T · S), the geometric mean: a strong pillar cannot hide a weak one. For comparison: the arithmetic mean (T + S) / 2 is always at least as high.'],
      ['Balance', 'G = T − S. "Technology is ahead" or "social innovation is ahead" only when the 95% interval of G lies wholly above or below 0 (shown by the data); otherwise "balanced within the margin".'],
      ['Differences', 'A difference a − b between separate samples (provinces, years, levels) has se = √(se_a² + se_b²). "Higher" or "lower" only when its 95% interval excludes 0 (shown by the data); otherwise "no difference shown".'],
      ['Coherence', 'The spread of R across the levels (highest minus lowest) and the weakest level. We call a level "the weak link" only when it is shown to be lower than every other level, and we say that the reference is the other levels, not the Netherlands.'],
    ],
    compare: 'Comparing provinces',
    cmp: [
      ['Reference', 'The Netherlands as a whole: all responses in the country pooled, under the same sector filter, in the same year and at the same level. The national level (only the country as a whole) is not part of the comparison.'],
      ['Difference from the Netherlands', 'd = province − Netherlands, per dimension, per pillar and for R. 95% interval: d ± 1.96 · √(se_province² + se_Netherlands²), with the se of a pillar or of R as above. "Higher" or "lower" only when this interval excludes 0; otherwise "no difference shown".'],
      ['A province is part of the Netherlands', 'So the two estimates are correlated, and the true se of the difference is smaller than the formula above, which assumes independence. Our interval is therefore too wide: we call too few rather than too many differences shown (conservative). Example with 100 of 500 responses from the province and sd 0.5: true se 0.045, ours 0.055. The difference from the Netherlands is also smaller than the difference from the rest of the country (times 1 − the province\'s share). We still choose the Netherlands as a whole, because readers know that figure.'],
      ['All three levels', 'For the map, the ranking, the balance and the comparison across all levels, a measure is the plain mean of the three levels, se = √(Σ se²) / 3. The levels measure different units (civil servants, organisations, networks), so independence is a fair assumption there.'],
      ['Ranking with margins', 'Province A is shown to be above B when the 95% interval of A − B lies wholly above 0. Best place = 1 + the number of provinces shown above; worst place = the number of provinces with a value − the number shown below. "3–5" means: place 3, 4 or 5 is possible. We do not correct for the many pairs (66 for 12 provinces): the margins are a guide, not a guarantee.'],
      ['Tile map', 'Twelve equal tiles, placed roughly where the province lies, not to scale. The colour has 5 classes of equal width on round bounds; the value is printed on the tile. Hatched: too little data.'],
      ['Similar provinces', 'Distance = √(mean of (a − b)²) over the nine dimensions (for all levels: 27 values), in points. We show the three provinces with the smallest distance and a complete profile. This describes; it is not a test.'],
      ['CSV', 'A download holds exactly the numbers on screen, rounded by the rule below. Dutch variant: semicolon, decimal comma and a UTF-8 BOM (for Excel). International variant: comma and decimal point. Text starting with = + - or @ gets an apostrophe in front, so a spreadsheet does not run it as a formula.'],
    ],
    trends: 'Change over the years and the Netherlands in Europe',
    trd: [
      ['Change between two years', 'd = value in the later year − value in the earlier year, with se = √(se_earlier² + se_later²): the two years are separate samples. "Increase" or "decrease" (shown by the data) only when the 95% interval d ± 1.96 · se excludes 0; otherwise "no change shown". The "Compare two years" choice on the overview and for the provinces works the same way.'],
      ['Year on year', 'Each year against the calendar year before it, by the same rule. When either year has no figure (also when that year is missing from the data altogether) there is no change: we never compute across a gap (so not 2020 → 2022 when 2021 is missing). The time axis runs evenly with the years; a missing year is a visible gap.'],
      ['Missing years', 'A year without a figure (no data, or too few responses) stays empty: the line stops and starts again, the column is hatched. We fill nothing in and draw no line between the years around it. Example in the demo data: Flevoland has no regional/sectoral figures for 2019 and 2020; its change counts from 2021, and we say so.'],
      ['Over the whole period', 'From the first to the last year with a figure, by the same rule. We do not test every year against every other year: the arrows are a guide, not a series of corrected tests.'],
      ['National level', 'The national level is always the country as a whole: the province and sector filters do not apply to it. The EU average (EU27) is an average, not a country: it is a dashed line in the ranking and does not count in the places.'],
      ['Place of the Netherlands', 'The same ranking with margins as for the provinces: best place = 1 + the number of countries shown above, worst place = the number of countries with a value − the number shown below. One country is called "highest" only when no other country can be in place 1; otherwise we name every country that could score highest.'],
      ['Distance to the leader', 'The leader is the country with the highest value in the chosen year. Distance = leader − Netherlands, se = √(se_leader² + se_Netherlands²). When the Netherlands itself is on top, we measure its lead over the runner-up. Within the margin other countries may also be the leader; the chart says so.'],
      ['Catching up or falling behind', 'Change of the distance = distance in the chosen year − distance in the comparison year, with se = √(se_distance_earlier² + se_distance_later²): the uncertainty of all four estimates counts. The same leader in both years. "Falling behind" when the 95% interval of that change lies wholly above 0, "catching up" when wholly below, otherwise "no change shown".'],
      ['Map of Europe', 'Country borders from Natural Earth (1:110 million, public domain), drawn with d3-geo in a Lambert equal-area projection centred on Europe. Colour in 5 classes of equal width, as on the tile map. Hatched: in the data but without a figure. Light grey: not in these data. The list with the map holds the same figures and works with keyboard and screen reader.'],
    ],
    rules: 'Confidentiality and reliability',
    r: [
      'A cell or total with fewer than {minN} responses is not shown. The API then returns only the flag "suppressed": no value and no n.',
      'Suppression at source: cells with fewer than {minN} responses count in no total at all. So nobody can recover a hidden cell by subtracting a published part from a published total, and no secondary suppression is needed. The price: totals leave these small cells out; we say so here.',
      'Fewer than {lowN} responses, or a 95% interval wider than ± {half} point: "thin data". These are drawn lighter and named in the findings.',
      'The national level always shows the country as a whole. The province and sector filters do not apply to it; every chart says so.',
    ],
    synthetic:
      'Please note: these are demo data. They are made up from a fixed seed and only broadly resemble published patterns (CBS digital skills 2023; Regional Innovation Scoreboard). They are not real measurements.',
    own: 'Your own data come as a CSV with n, mean and standard deviation per cell; see docs/data-format.md.',
  },
} as const

/** A section of term–definition pairs. */
export interface MethodSection {
  id: string
  title: string
  items: readonly (readonly [string, string])[]
}

/**
 * The sections added by issue #16: how uncertain T, S, G and R are (and in which direction each
 * rule errs), what "aantoonbaar" / "shown" means apart from size, and the one rounding rule.
 */
export function honestySections(lang: Lang): MethodSection[] {
  const n = (v: number) => formatNumber(v, lang, 1)
  const { small, medium, large } = SIZE_LIMITS
  if (lang === 'nl')
    return [
      {
        id: 'uncertainty',
        title: 'Hoe onzeker zijn T, S, de balans en de gereedheid?',
        items: [
          ['Waarom niet onafhankelijk', 'Dezelfde mensen beantwoorden alle dimensies, dus de dimensies hangen samen, meestal positief. De formule √(Σ se²) / k neemt aan dat ze onafhankelijk zijn en geeft dan een te smal interval voor T, S en R. Die formule gebruiken we daarom niet voor pijlers.'],
          ['Alleen cijfers per dimensie: bovengrenzen', 'se_T ≤ (se_T1 + se_T2 + se_T3 + se_T4) / 4 en se_S ≤ (se_S1 + … + se_S5) / 5: de standaardfout van een gemiddelde is hoogstens het gemiddelde van de standaardfouten (gelijk bij volledige samenhang). Balans: se_G ≤ se_T + se_S. Gereedheid, met de deltamethode en de grootst mogelijke covariantie (cov ≤ se_T · se_S): se_R ≤ (S · se_T + T · se_S) / (2R).'],
          ['Richting van deze grenzen', 'Deze intervallen zijn nooit smaller dan de echte (binnen de normale benadering en de deltamethode die we overal gebruiken). Een verschil dat we aantoonbaar noemen, is dat dus ook met de echte onzekerheid. De prijs: als de dimensies weinig samenhangen, zijn de intervallen breder dan nodig en noemen we eerder te weinig dan te veel verschillen aantoonbaar.'],
          ['Antwoorden per persoon: exact', 'Bevatten de gegevens per persoon een T- en een S-score (per cel n, ΣT, ΣT², ΣS, ΣS² en ΣT·S), dan zijn de intervallen van T, S en G exact. G = T − S wordt per persoon berekend, dus var G = var T + var S − 2 · cov(T, S). Gereedheid met de deltamethode en de bekende covariantie: var R = (S² · se_T² + T² · se_S² + 2 · T · S · cov) / (4R²), met cov = (se_T² + se_S² − se_G²) / 2.'],
          ['Tussen provincies, jaren en niveaus', 'Die zijn aparte steekproeven: se(a − b) = √(se_a² + se_b²). Een provincie is wel deel van Nederland; zie "Provincie is deel van Nederland" hierboven (ook dat maakt het interval breder, niet smaller).'],
        ],
      },
      {
        id: 'certainty',
        title: 'Aantoonbaar, en hoe groot',
        items: [
          ['Aantoonbaar', 'Een verschil is aantoonbaar als het 95%-interval van dat verschil 0 niet bevat. Alleen dan schrijven we "hoger", "lager", "loopt voor", "steeg" of "daalde". Anders: "geen aantoonbaar verschil" of "geen aantoonbare verandering". We gebruiken geen woord dat groot klinkt voor iets wat alleen zeker is.'],
          ['Hoe groot', `Los daarvan zeggen we hoe groot een verschil is, op de schaal van 1 tot 5: verwaarloosbaar (kleiner dan ${n(small)} punt), klein (${n(small)} tot ${n(medium)}), middelgroot (${n(medium)} tot ${n(large)}) en groot (${n(large)} punt of meer). We kijken naar het verschil zoals het is afgedrukt.`],
          ['Waarom deze grenzen', `${n(small)} punt is de kleinste stap die we afdrukken. ${n(large)} punt is meer dan een halve stap op de schaal, bijvoorbeeld van Experimenterend naar Gedefinieerd. De antwoorden van mensen spreiden op deze schaal met een standaardafwijking van ongeveer 0,65 tot 0,9 punt; de grenzen komen dan overeen met ongeveer 0,15, 0,4 en 0,75 keer die spreiding: de gangbare grenzen voor een klein, middelgroot en groot effect.`],
          ['Twee dingen apart', 'Een verschil kan aantoonbaar en toch verwaarloosbaar zijn (veel antwoorden, klein verschil), of groot en toch niet aantoonbaar (weinig antwoorden). Titels beginnen met de grootte ("iets lager", "veel hoger") en noemen een verwaarloosbaar verschil nooit met een sterk woord.'],
          ['Wie staat bovenaan', 'Eén provincie of land heet alleen "het hoogst" als geen ander op plaats 1 kan staan. Overlappen de mogelijke plaatsen, dan noemen we alle kandidaten.'],
          ['Bevindingen', 'Elke zin is het resultaat van een regel die we testen: een zin over "de andere niveaus" noemt die niveaus, een vergelijking noemt waarmee wordt vergeleken, en een waarschuwing over dunne of ontbrekende gegevens valt nooit weg door het maximum van vijf bevindingen.'],
        ],
      },
      {
        id: 'rounding',
        title: 'Afronding: één regel overal',
        items: [
          ['Zelfde precisie', `Een schatting en haar 95%-interval staan met evenveel decimalen: ${BASE_DIGITS}, of ${MAX_INTERVAL_DIGITS} als het interval anders één getal zou lijken (3,29 (3,28 – 3,29) in plaats van 3,3 (3,3 – 3,3)). Afronden gebeurt op één manier (de helft naar boven, weg van 0), dus de afgedrukte schatting ligt altijd binnen het afgedrukte interval.`],
          ['Een aantoonbaar verschil is nooit 0,0', 'Een aantoonbaar verschil krijgt zoveel decimalen als nodig zijn om het teken van de schatting en van beide grenzen te tonen: −0,05 (−0,07 – −0,02), niet 0,0 (−0,1 – 0,0). Nul staat zonder teken, nooit −0,0.'],
          ['Overal gelijk', 'Het aantal decimalen hangt alleen af van het cijfer zelf. Hetzelfde cijfer staat daardoor in elke grafiek, tabel, tooltip, bevinding en download gelijk. Op het scherm is het minteken −; in een CSV staat een gewoon koppelteken (-), zodat een rekenblad er een getal van maakt.'],
          ['Assen', 'Streepjes op een as staan op ronde stappen (1, 2 of 5 keer een macht van 10) en krijgen precies de decimalen van die stap: nooit een streepje bij 0,25 met het label 0,3.'],
        ],
      },
    ]
  return [
    {
      id: 'uncertainty',
      title: 'How uncertain are T, S, the balance and readiness?',
      items: [
        ['Why not independent', 'The same people answer every dimension, so the dimensions are related, mostly positively. The formula √(Σ se²) / k assumes independence and then gives too narrow an interval for T, S and R. We therefore do not use it for pillars.'],
        ['Dimension figures only: upper bounds', 'se_T ≤ (se_T1 + se_T2 + se_T3 + se_T4) / 4 and se_S ≤ (se_S1 + … + se_S5) / 5: the standard error of a mean is at most the mean of the standard errors (equal under perfect correlation). Balance: se_G ≤ se_T + se_S. Readiness, by the delta method with the largest possible covariance (cov ≤ se_T · se_S): se_R ≤ (S · se_T + T · se_S) / (2R).'],
        ['Direction of these bounds', 'These intervals are never narrower than the true ones (within the normal approximation and the delta method used everywhere). A difference we call shown is therefore also shown with the true uncertainty. The price: when the dimensions are only weakly related, the intervals are wider than needed and we call too few rather than too many differences shown.'],
        ['Answers per person: exact', 'When the data hold a T and an S score per person (per cell n, ΣT, ΣT², ΣS, ΣS² and ΣT·S), the intervals of T, S and G are exact. G = T − S is computed per person, so var G = var T + var S − 2 · cov(T, S). Readiness by the delta method with the known covariance: var R = (S² · se_T² + T² · se_S² + 2 · T · S · cov) / (4R²), with cov = (se_T² + se_S² − se_G²) / 2.'],
        ['Between provinces, years and levels', 'These are separate samples: se(a − b) = √(se_a² + se_b²). A province is part of the Netherlands; see "A province is part of the Netherlands" above (that too makes the interval wider, not narrower).'],
      ],
    },
    {
      id: 'certainty',
      title: 'Shown by the data, and how large',
      items: [
        ['Shown by the data', 'A difference is shown by the data when the 95% interval of that difference excludes 0. Only then do we write "higher", "lower", "ahead", "rose" or "fell". Otherwise: "no difference shown" or "no change shown". We use no word that sounds large for something that is only certain.'],
        ['How large', `Separately, we say how large a difference is on the 1–5 scale: negligible (less than ${n(small)} points), small (${n(small)} to ${n(medium)}), moderate (${n(medium)} to ${n(large)}) and large (${n(large)} points or more). We judge the difference as it is printed.`],
        ['Why these limits', `${n(small)} points is the smallest step we print. ${n(large)} points is more than half a step on the scale, for example from Developing to Defined. People's answers spread on this scale with a standard deviation of about 0.65 to 0.9 points; the limits then match about 0.15, 0.4 and 0.75 times that spread: the usual limits for a small, medium and large effect.`],
        ['Two things apart', 'A difference can be shown and still negligible (many answers, small difference), or large and still not shown (few answers). Titles lead with the size ("slightly lower", "much higher") and never call a negligible difference by a strong word.'],
        ['Who is on top', 'One province or country is called "highest" only when no other can be in place 1. When the possible places overlap, we name every candidate.'],
        ['Findings', 'Each sentence comes from a rule that we test: a sentence about "the other levels" names those levels, a comparison names what it compares with, and a warning about thin or missing data is never dropped by the limit of five findings.'],
      ],
    },
    {
      id: 'rounding',
      title: 'Rounding: one rule everywhere',
      items: [
        ['Same precision', `An estimate and its 95% interval are printed with the same number of decimals: ${BASE_DIGITS}, or ${MAX_INTERVAL_DIGITS} when the interval would otherwise look like one number (3.29 (3.28 – 3.29) instead of 3.3 (3.3 – 3.3)). Rounding is done one way (half away from 0), so the printed estimate always lies inside the printed interval.`],
        ['A difference shown is never 0.0', 'A difference shown by the data gets as many decimals as it takes to show the sign of the estimate and of both bounds: −0.05 (−0.07 – −0.02), not 0.0 (−0.1 – 0.0). Zero has no sign, never −0.0.'],
        ['The same everywhere', 'The number of decimals depends only on the figure itself, so the same figure prints the same in every chart, table, tooltip, finding and download. On screen the minus sign is −; a CSV has a plain hyphen (-) so that a spreadsheet reads a number.'],
        ['Axes', 'Ticks on an axis sit on round steps (1, 2 or 5 times a power of 10) and get exactly the decimals of that step: never a tick at 0.25 labelled 0.3.'],
      ],
    },
  ]
}

/**
 * Two sections besides the formulas: how respondent files are aggregated at the door (privacy;
 * the same text as docs/data-format.md) and the self-assessment's statements. `{minN}` is filled
 * from meta.thresholds.
 */
export const EXTRA_TEXT = {
  nl: {
    respondents: 'Bestanden met één rij per respondent: samengevoegd bij de deur',
    respondentsText: [
      'Samenhang bewaart nooit antwoorden van afzonderlijke respondenten. Een bestand met één rij per respondent wordt één keer gelezen, rij voor rij: de antwoorden van elke respondent worden zijn of haar scores, die scores worden opgeteld bij totalen per groep (niveau, regio, sector en jaar), en de rij wordt vergeten.',
      'Wat overblijft zijn aantallen, sommen en kwadratensommen per groep — dezelfde statistieken die een celbestand aanlevert — en per groep hetzelfde voor de technologische en sociale score van elke respondent samen. Daarmee zijn de marges van T, S en hun verschil exact in plaats van een voorzichtige bovengrens.',
      'Op de pagina Gegevens gebeurt dit op uw eigen computer, in een achtergrondproces van de pagina: er wordt niets verstuurd en de pagina zelf krijgt alleen de totalen. Via de upload en npm run import doet de server hetzelfde in het geheugen en bewaart alleen de totalen; antwoorden komen nooit in de database, een logbestand of een antwoord van de server. Zoals bij elke dataset wordt een groep met minder dan {minN} respondenten nooit getoond en telt nooit mee in een totaal.',
    ],
    selfscan: 'Zelfscan: de stellingen',
    selfscanIntro: 'De zelfscan vraagt per dimensie drie stellingen op de schaal van 1 tot 5. De score van een dimensie is het gemiddelde van de beantwoorde stellingen, als er minstens 2 van de 3 zijn beantwoord (‘weet niet’ telt als geen antwoord); T, S en R volgen dezelfde formules als hierboven. Een team van meer invullers krijgt intervallen met de t-verdeling (n − 1 vrijheidsgraden); één invuller krijgt geen interval. De antwoorden blijven in de browser van de gebruiker.',
    basis: 'Grondslag',
  },
  en: {
    respondents: 'Files with one row per respondent: aggregated at the door',
    respondentsText: [
      'Samenhang never keeps answers of individual respondents. A file with one row per respondent is read once, row by row: each respondent’s answers are turned into their scores, the scores are added to totals per group (level, region, sector and year), and the row is forgotten.',
      'What remains are counts, sums and sums of squares per group — the same statistics a cell file brings — and, per group, the same for each respondent’s technological and social score together, which makes the margins of T, S and their gap exact instead of a cautious bound.',
      'On the Data page this happens on your own computer, in a background worker of the page: nothing is sent anywhere, and the page itself only receives the totals. Through the upload endpoint and npm run import the server does the same in memory and stores only the totals; answers are never written to the database, a log or a response. As for every dataset, a group with fewer than {minN} respondents is never shown and never enters a total.',
    ],
    selfscan: 'Self-assessment: the statements',
    selfscanIntro: 'The self-assessment asks three statements per dimension on the scale from 1 to 5. A dimension’s score is the mean of the statements answered, given at least 2 of the 3 (‘don’t know’ counts as no answer); T, S and R follow the formulas above. A team of several respondents gets intervals from the t distribution (n − 1 degrees of freedom); one respondent gets no interval. The answers stay in the user’s browser.',
    basis: 'Basis',
  },
} as const
