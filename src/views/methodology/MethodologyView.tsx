/** The methodology page: what is measured, every formula, and the disclosure rules. */
import type { MetaResponse } from '../../contract/v1'
import { useI18n } from '../../i18n/i18n'

const TEXT = {
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
      ['Pijlers', 'T = gemiddelde van T1–T4; S = gemiddelde van S1–S5 (gelijke gewichten); se ≈ √(Σ se²) / k. We nemen aan dat de dimensies onafhankelijk zijn.'],
      ['Gereedheid', 'R = √(T · S), het meetkundig gemiddelde: een sterke pijler kan een zwakke niet verbergen. se via de deltamethode: √(S²·se_T² + T²·se_S²) / (2R). Ter vergelijking: het rekenkundig gemiddelde (T + S) / 2 is altijd minstens even hoog.'],
      ['Balans', 'G = T − S, se = √(se_T² + se_S²). "Technologie loopt voor" of "sociale innovatie loopt voor" alleen als het 95%-interval van G geheel boven of onder 0 ligt; anders "in evenwicht binnen de marge". T en S komen van dezelfde mensen; de aanname van onafhankelijkheid maakt het interval eerder te breed dan te smal.'],
      ['Verschillen', 'Een verschil a − b heeft se = √(se_a² + se_b²). "Hoger" of "lager" alleen als het 95%-interval 0 niet bevat; anders "vergelijkbaar".'],
      ['Samenhang', 'De spreiding van R over de niveaus (hoogste min laagste) en het zwakste niveau. We noemen een niveau alleen "de zwakste schakel" als het duidelijk lager ligt dan elk ander niveau.'],
    ],
    compare: 'Provincies vergelijken',
    cmp: [
      ['Referentie', 'Nederland als geheel: alle antwoorden uit het land samengevoegd, met hetzelfde sectorfilter, in hetzelfde jaar en op hetzelfde niveau. Het landelijke niveau (alleen het land als geheel) doet niet mee.'],
      ['Verschil met Nederland', 'd = provincie − Nederland, per dimensie, per pijler en voor R. 95%-interval: d ± 1,96 · √(se_provincie² + se_Nederland²), met de se van een pijler of van R zoals hierboven. "Hoger" of "lager" alleen als dit interval 0 niet bevat; anders "vergelijkbaar".'],
      ['Provincie is deel van Nederland', 'De twee schattingen hangen daardoor samen, en de echte se van het verschil is kleiner dan de formule hierboven, die onafhankelijkheid aanneemt. Ons interval is dus te breed: we noemen eerder te weinig dan te veel verschillen duidelijk (conservatief). Voorbeeld met 100 van de 500 antwoorden uit de provincie en sd 0,5: echte se 0,045, onze se 0,055. Het verschil met Nederland is ook kleiner dan het verschil met de rest van het land (keer 1 − het aandeel van de provincie). We kiezen toch voor Nederland als geheel, omdat lezers dat cijfer kennen.'],
      ['Alle drie niveaus', 'Voor kaart, rangorde, balans en de vergelijking met alle niveaus samen is een maat het gewone gemiddelde van de drie niveaus, se = √(Σ se²) / 3. De niveaus meten verschillende eenheden (ambtenaren, organisaties, netwerken); onafhankelijkheid is daar redelijk.'],
      ['Rangorde met marges', 'Provincie A staat duidelijk boven B als het 95%-interval van A − B geheel boven 0 ligt. Beste plaats = 1 + het aantal provincies dat duidelijk hoger staat; slechtste plaats = het aantal provincies met een waarde − het aantal dat duidelijk lager staat. "3–5" betekent: plaats 3, 4 of 5 is mogelijk. We corrigeren niet voor het grote aantal paren (66 bij 12 provincies): de marges zijn een hulpmiddel, geen garantie.'],
      ['Tegelkaart', 'Twaalf even grote tegels, ongeveer op de plaats van de provincie, niet op schaal. De kleur heeft 5 klassen van gelijke breedte op ronde grenzen; het cijfer staat op de tegel. Gearceerd: te weinig gegevens.'],
      ['Gelijke provincies', 'Afstand = √(gemiddelde van (a − b)²) over de negen dimensies (bij alle niveaus: 27 waarden), in punten. We tonen de drie provincies met de kleinste afstand en een volledig profiel. Dit beschrijft; het is geen toets.'],
      ['CSV', 'Een download bevat precies de getallen op het scherm, even ver afgerond. Nederlandse variant: puntkomma, decimale komma en een UTF-8-BOM (voor Excel). Internationale variant: komma en decimale punt. Tekst die met = + - of @ begint, krijgt een apostrof ervoor, zodat een rekenblad er geen formule van maakt.'],
    ],
    trends: 'Veranderingen over de jaren en Nederland in Europa',
    trd: [
      ['Verandering tussen twee jaren', 'd = waarde in het latere jaar − waarde in het eerdere jaar, met se = √(se_eerder² + se_later²): de twee jaren zijn aparte steekproeven. "Duidelijke toename" of "duidelijke afname" alleen als het 95%-interval d ± 1,96 · se 0 niet bevat; anders "geen duidelijke verandering". Zo werkt ook de keuze "Twee jaren vergelijken" op het overzicht en bij de provincies.'],
      ['Van jaar op jaar', 'Elk jaar vergeleken met het jaar ervoor in de gegevens, met dezelfde regel. Heeft een van de twee jaren geen cijfer, dan is er geen verandering: we rekenen nooit over een gat heen (dus niet 2019 → 2021 als 2020 ontbreekt).'],
      ['Ontbrekende jaren', 'Een jaar zonder cijfer (geen gegevens, of te weinig antwoorden) blijft leeg: de lijn stopt en begint weer, de kolom is gearceerd. We vullen niets in en trekken geen lijn tussen de jaren eromheen. Voorbeeld in de demodata: Flevoland heeft op regionaal/sectoraal niveau geen cijfers voor 2019 en 2020; de verandering telt daar vanaf 2021, en dat staat erbij.'],
      ['Over de hele periode', 'Van het eerste tot het laatste jaar met een cijfer, met dezelfde regel. We toetsen niet elk jaar apart tegen elk ander jaar: de pijltjes zijn een hulpmiddel, geen reeks toetsen met correctie.'],
      ['Landelijk niveau', 'Het landelijke niveau is altijd het land als geheel: de filters voor provincie en sector gelden daar niet. Het EU-gemiddelde (EU27) is een gemiddelde, geen land: het staat als stippellijn bij de rangorde en telt niet mee in de plaatsen.'],
      ['Plaats van Nederland', 'Dezelfde rangorde met marges als bij de provincies: beste plaats = 1 + het aantal landen dat duidelijk hoger staat, slechtste plaats = het aantal landen met een waarde − het aantal dat duidelijk lager staat.'],
      ['Afstand tot de koploper', 'De koploper is het land met de hoogste waarde in het gekozen jaar. Afstand = koploper − Nederland, se = √(se_koploper² + se_Nederland²). Staat Nederland zelf bovenaan, dan meten we de voorsprong op nummer twee. Binnen de marge kunnen ook andere landen de koploper zijn; dat staat bij de grafiek.'],
      ['Inlopen of achterop raken', 'Verandering van de afstand = afstand in het gekozen jaar − afstand in het vergelijkjaar, met se = √(se_afstand_eerder² + se_afstand_later²): de onzekerheid van alle vier schattingen telt mee. Dezelfde koploper in beide jaren. "Raakt achterop" als het 95%-interval van die verandering geheel boven 0 ligt, "loopt in" als het geheel onder 0 ligt, anders "geen duidelijke verandering".'],
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
      ['Pillars', 'T = mean of T1–T4; S = mean of S1–S5 (equal weights); se ≈ √(Σ se²) / k. We assume the dimensions are independent.'],
      ['Readiness', 'R = √(T · S), the geometric mean: a strong pillar cannot hide a weak one. se by the delta method: √(S²·se_T² + T²·se_S²) / (2R). For comparison: the arithmetic mean (T + S) / 2 is always at least as high.'],
      ['Balance', 'G = T − S, se = √(se_T² + se_S²). "Technology is ahead" or "social innovation is ahead" only when the 95% interval of G lies wholly above or below 0; otherwise "balanced within the margin". T and S come from the same people; assuming independence makes the interval wider rather than narrower.'],
      ['Differences', 'A difference a − b has se = √(se_a² + se_b²). "Higher" or "lower" only when its 95% interval excludes 0; otherwise "not clearly different".'],
      ['Coherence', 'The spread of R across the levels (highest minus lowest) and the weakest level. We call a level "the weak link" only when it is clearly lower than every other level.'],
    ],
    compare: 'Comparing provinces',
    cmp: [
      ['Reference', 'The Netherlands as a whole: all responses in the country pooled, under the same sector filter, in the same year and at the same level. The national level (only the country as a whole) is not part of the comparison.'],
      ['Difference from the Netherlands', 'd = province − Netherlands, per dimension, per pillar and for R. 95% interval: d ± 1.96 · √(se_province² + se_Netherlands²), with the se of a pillar or of R as above. "Higher" or "lower" only when this interval excludes 0; otherwise "not clearly different".'],
      ['A province is part of the Netherlands', 'So the two estimates are correlated, and the true se of the difference is smaller than the formula above, which assumes independence. Our interval is therefore too wide: we call too few rather than too many differences clear (conservative). Example with 100 of 500 responses from the province and sd 0.5: true se 0.045, ours 0.055. The difference from the Netherlands is also smaller than the difference from the rest of the country (times 1 − the province\'s share). We still choose the Netherlands as a whole, because readers know that figure.'],
      ['All three levels', 'For the map, the ranking, the balance and the comparison across all levels, a measure is the plain mean of the three levels, se = √(Σ se²) / 3. The levels measure different units (civil servants, organisations, networks), so independence is a fair assumption there.'],
      ['Ranking with margins', 'Province A is clearly above B when the 95% interval of A − B lies wholly above 0. Best place = 1 + the number of provinces clearly above; worst place = the number of provinces with a value − the number clearly below. "3–5" means: place 3, 4 or 5 is possible. We do not correct for the many pairs (66 for 12 provinces): the margins are a guide, not a guarantee.'],
      ['Tile map', 'Twelve equal tiles, placed roughly where the province lies, not to scale. The colour has 5 classes of equal width on round bounds; the value is printed on the tile. Hatched: too little data.'],
      ['Similar provinces', 'Distance = √(mean of (a − b)²) over the nine dimensions (for all levels: 27 values), in points. We show the three provinces with the smallest distance and a complete profile. This describes; it is not a test.'],
      ['CSV', 'A download holds exactly the numbers on screen, rounded the same way. Dutch variant: semicolon, decimal comma and a UTF-8 BOM (for Excel). International variant: comma and decimal point. Text starting with = + - or @ gets an apostrophe in front, so a spreadsheet does not run it as a formula.'],
    ],
    trends: 'Change over the years and the Netherlands in Europe',
    trd: [
      ['Change between two years', 'd = value in the later year − value in the earlier year, with se = √(se_earlier² + se_later²): the two years are separate samples. "Clear increase" or "clear decrease" only when the 95% interval d ± 1.96 · se excludes 0; otherwise "no clear change". The "Compare two years" choice on the overview and for the provinces works the same way.'],
      ['Year on year', 'Each year against the year before it in the data, by the same rule. When either year has no figure there is no change: we never compute across a gap (so not 2019 → 2021 when 2020 is missing).'],
      ['Missing years', 'A year without a figure (no data, or too few responses) stays empty: the line stops and starts again, the column is hatched. We fill nothing in and draw no line between the years around it. Example in the demo data: Flevoland has no regional/sectoral figures for 2019 and 2020; its change counts from 2021, and we say so.'],
      ['Over the whole period', 'From the first to the last year with a figure, by the same rule. We do not test every year against every other year: the arrows are a guide, not a series of corrected tests.'],
      ['National level', 'The national level is always the country as a whole: the province and sector filters do not apply to it. The EU average (EU27) is an average, not a country: it is a dashed line in the ranking and does not count in the places.'],
      ['Place of the Netherlands', 'The same ranking with margins as for the provinces: best place = 1 + the number of countries clearly above, worst place = the number of countries with a value − the number clearly below.'],
      ['Distance to the leader', 'The leader is the country with the highest value in the chosen year. Distance = leader − Netherlands, se = √(se_leader² + se_Netherlands²). When the Netherlands itself is on top, we measure its lead over the runner-up. Within the margin other countries may also be the leader; the chart says so.'],
      ['Catching up or falling behind', 'Change of the distance = distance in the chosen year − distance in the comparison year, with se = √(se_distance_earlier² + se_distance_later²): the uncertainty of all four estimates counts. The same leader in both years. "Falling behind" when the 95% interval of that change lies wholly above 0, "catching up" when wholly below, otherwise "no significant change".'],
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

export default function MethodologyView({ meta }: { meta: MetaResponse }) {
  const { lang, label, score } = useI18n()
  const x = TEXT[lang]
  const fill = (s: string) =>
    s
      .replaceAll('{minN}', String(meta.thresholds.minN))
      .replace('{lowN}', String(meta.thresholds.lowReliabilityN))
      .replace('{half}', score(meta.thresholds.maxCiHalfWidth))
  return (
    <article className="prose methodology">
      <h2>{x.title}</h2>
      <p>{x.intro}</p>

      <h3 id="data">{x.data}</h3>
      <p>
        <strong>{label(meta.dataset.title)}</strong> — {label(meta.dataset.source)}.
      </p>
      {meta.dataset.synthetic ? <p className="notice">{x.synthetic}</p> : null}
      <p>{x.own}</p>

      <h3 id="levels">{x.levels}</h3>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {x.levelCols.map((c) => (
                <th key={c} scope="col">{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {meta.levels.map((l) => (
              <tr key={l.id}>
                <th scope="row">{label(l.label)}</th>
                <td>{label(l.unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 id="dimensions">{x.dims}</h3>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={x.dims}>
        <table>
          <thead>
            <tr>
              {x.dimCols.map((c) => (
                <th key={c} scope="col">{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {meta.dimensions.map((d) => (
              <tr key={d.id}>
                <td>{d.id}</td>
                <td>{label(meta.pillars.find((p) => p.id === d.pillar)!.label)}</td>
                <th scope="row">{label(d.label)}</th>
                <td>{label(d.definition)}</td>
                <td>{d.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 id="scale">{x.scale}</h3>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {x.scaleCols.map((c) => (
                <th key={c} scope="col">{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {meta.scale.map((s) => (
              <tr key={s.value}>
                <td className="num">{s.value}</td>
                <th scope="row">{label(s.label)}</th>
                <td>{label(s.descriptor)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 id="formulas">{x.formulas}</h3>
      <dl className="formulas">
        {x.f.map(([term, def]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{def}</dd>
          </div>
        ))}
      </dl>

      <h3 id="compare">{x.compare}</h3>
      <dl className="formulas method-prose">
        {x.cmp.map(([term, def]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{def}</dd>
          </div>
        ))}
      </dl>

      <h3 id="trends">{x.trends}</h3>
      <dl className="formulas method-prose">
        {x.trd.map(([term, def]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{def}</dd>
          </div>
        ))}
      </dl>

      <h3 id="suppression">{x.rules}</h3>
      <ul>
        {x.r.map((r) => (
          <li key={r}>{fill(r)}</li>
        ))}
      </ul>
    </article>
  )
}
