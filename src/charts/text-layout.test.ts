import { describe, expect, it } from 'vitest'
import { longestWordWidth, textWidth, wrapText } from './text-layout'

describe('textWidth', () => {
  it('grows with the text and the font size; bold is wider', () => {
    expect(textWidth('Sociaal', 12)).toBeGreaterThan(textWidth('T', 12))
    expect(textWidth('Sociaal', 24)).toBeCloseTo(2 * textWidth('Sociaal', 12))
    expect(textWidth('Sociaal', 12, true)).toBeGreaterThan(textWidth('Sociaal', 12))
  })
  it('uses the measured widths of DejaVu Sans, the widest font of the stack', () => {
    // measured in Chromium: "a" 0.61 em, "m" 0.97 em, "i" 0.28 em
    expect(textWidth('aaaaaaaaaa', 10)).toBeCloseTo(61)
    expect(textWidth('mi', 100)).toBeCloseTo(125)
    // the legend's longest Dutch line measured 28.71 em in the browser
    expect(textWidth('Open symbool: dunne gegevens (n < 30 of brede marge)', 100)).toBeGreaterThanOrEqual(2871 - 1)
  })
})

describe('wrapText', () => {
  it('keeps a short label on one line', () => {
    expect(wrapText('Data & AI', 200, 13)).toEqual(['Data & AI'])
  })
  it('wraps a long name into lines that fit, losing no word and never adding "…"', () => {
    const name = 'Slimmer werken & flexibel organiseren'
    const lines = wrapText(name, 120, 13)
    expect(lines.length).toBeGreaterThan(1)
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(120)
    expect(lines.join(' ')).toBe(name)
    expect(lines.join('')).not.toContain('…')
  })
  it('may break after a slash', () => {
    expect(wrapText('Regionaal/sectoraal', 80, 13)).toEqual(['Regionaal/', 'sectoraal'])
  })
  it('gives a word wider than the line a line of its own rather than cutting it', () => {
    expect(wrapText('Informatieveiligheid en privacy', 60, 13)).toEqual(['Informatieveiligheid', 'en', 'privacy'])
    expect(longestWordWidth('Informatieveiligheid en privacy', 13)).toBe(textWidth('Informatieveiligheid', 13))
  })
})
