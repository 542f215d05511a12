import { describe, expect, it } from 'vitest'
import { AVOIDED_WORDS, certaintyOf, certaintyWord, changeAdverb, comparative, sizeBand, sizedDifference, SIZE_BANDS, sizeWord, verdictWord } from './vocabulary'

describe('size bands on the 1–5 scale', () => {
  it('puts the limits at 0.1, 0.3 and 0.6 points, either sign', () => {
    expect([0, 0.099, 0.1, 0.299, 0.3, 0.599, 0.6, 2].map(sizeBand)).toEqual(['negligible', 'negligible', 'small', 'small', 'medium', 'medium', 'large', 'large'])
    expect(sizeBand(-0.35)).toBe('medium')
  })
  it('bands a figure by its printed value, so a printed "0,10" is not negligible', () => {
    // 0.0996 with CI [0.05, 0.15]: printed at one decimal as 0,1 → small
    expect(sizeBand({ value: 0.0996, ciLow: 0.05, ciHigh: 0.15 })).toBe('small')
    // 0.045 with CI [0.02, 0.07]: printed +0,05 (two decimals for its sign) → negligible
    expect(sizeBand({ value: 0.045, ciLow: 0.02, ciHigh: 0.07 })).toBe('negligible')
  })
  it('has a word and comparatives for every band, none of them a strong word for negligible', () => {
    expect(SIZE_BANDS.map((b) => sizeWord(b, 'nl'))).toEqual(['verwaarloosbaar', 'klein', 'middelgroot', 'groot'])
    expect(SIZE_BANDS.map((b) => comparative('lower', b, 'en'))).toEqual(['barely lower', 'slightly lower', 'lower', 'much lower'])
    expect(SIZE_BANDS.map((b) => changeAdverb(b, 'nl'))).toEqual(['nauwelijks', 'licht', '', 'sterk'])
  })
})

describe('certainty words', () => {
  it('says shown only for higher or lower', () => {
    expect(certaintyOf('higher')).toBe('shown')
    expect(certaintyOf('lower')).toBe('shown')
    expect(certaintyOf('similar')).toBe('not_shown')
    expect(certaintyOf('unknown')).toBe('unknown')
    expect(certaintyWord('shown', 'nl')).toBe('aantoonbaar')
    expect(verdictWord('similar', 'nl')).toBe('geen aantoonbaar verschil')
    expect(verdictWord('higher', 'en')).toBe('higher (shown)')
  })
  it('W3: −0,03 below average, shown, reads as negligible and shown — two separate words', () => {
    // Gemeenten −0.03 with CI [−0.05, −0.01]: printed −0,03
    expect(sizedDifference({ value: -0.03, ciLow: -0.05, ciHigh: -0.01 }, 'nl')).toBe('\u22120,03: verwaarloosbaar, aantoonbaar')
    expect(sizedDifference({ value: 0.6, ciLow: -0.1, ciHigh: 1.3 }, 'en')).toBe('+0.6: large, not shown by the data')
  })
  it('no word of the vocabulary is an avoided word', () => {
    const words = (['nl', 'en'] as const).flatMap((l) => [
      ...SIZE_BANDS.map((b) => sizeWord(b, l)),
      ...(['higher', 'lower', 'similar', 'unknown'] as const).map((v) => verdictWord(v, l)),
      ...(['shown', 'not_shown', 'unknown'] as const).map((c) => certaintyWord(c, l)),
    ])
    expect(words.join(' ')).not.toMatch(AVOIDED_WORDS)
  })
})
