import { describe, expect, it } from 'vitest'
import { addPrintViewBoxes, cssString, pageMarginRule, printFooter, removePrintViewBoxes } from './print'

describe('the printed page footer', () => {
  it('says source, date and the synthetic notice in the reader’s language', () => {
    const d = new Date(2026, 10, 30)
    expect(printFooter('nl', 'Synthetische demodata', true, d)).toBe(
      'Bron: Synthetische demodata. Gemaakt op 30 november 2026 met Samenhang. Let op: synthetische demodata, geen echte metingen.',
    )
    expect(printFooter('en', 'BZK survey', false, d)).toMatch(/^Source: BZK survey\. .*30 November 2026/)
    expect(printFooter('en', 'BZK survey', false, d)).not.toMatch(/synthetic/i)
  })

  it('escapes whatever a data steward named the source', () => {
    expect(cssString('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"')
    // a newline or U+2028 would end the CSS string: they become spaces
    expect(cssString('x\ny\u2028z')).toBe('"x y z"')
    expect(cssString('"} body { display: none } @page { x: "')).toBe('"\\"} body { display: none } @page { x: \\""')
    const rule = pageMarginRule('Bron: "x"')
    expect(rule).toContain('@bottom-left { content: "Bron: \\"x\\"";')
    expect(rule).toContain('counter(page) " / " counter(pages)')
  })
})

describe('chart SVGs in print', () => {
  it('get a viewBox of their drawn size for printing, and lose it afterwards', () => {
    document.body.innerHTML = `
      <div class="chart-body"><svg width="1200" height="400"></svg><svg width="300" height="100" viewBox="0 0 30 10"></svg></div>
      <svg width="50" height="50"></svg>`
    expect(addPrintViewBoxes(document)).toBe(1)
    const [first, second, outside] = [...document.querySelectorAll('svg')]
    expect(first.getAttribute('viewBox')).toBe('0 0 1200 400')
    expect(second.getAttribute('viewBox')).toBe('0 0 30 10')
    expect(outside.hasAttribute('viewBox')).toBe(false)
    removePrintViewBoxes(document)
    expect(first.hasAttribute('viewBox')).toBe(false)
    expect(second.getAttribute('viewBox')).toBe('0 0 30 10')
  })
})
