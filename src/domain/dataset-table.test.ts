import { describe, expect, it } from 'vitest'
import { readNumber, type NumberDialect } from './dataset-table'

const read = (text: string, dialect: NumberDialect, whole = false) => {
  const r = readNumber(text, dialect, whole)
  return 'value' in r ? r.value : r.problem
}

describe('readNumber: a number is never silently another (ADR 0107)', () => {
  it('reads plain numbers in every dialect', () => {
    for (const d of ['comma', 'point', 'workbook'] as const) {
      expect(read('12', d, true)).toBe(12)
      expect(read('-3', d)).toBe(-3)
      expect(read('3.4', d)).toBe(3.4)
    }
    expect(read('3,4', 'comma')).toBe(3.4)
    expect(read('3,4', 'workbook')).toBe(3.4)
    expect(read('12,0', 'comma', true)).toBe(12)
  })

  it("reads the dialect's own decimal mark before three digits as decimals in a decimal column", () => {
    expect(read('3,500', 'comma')).toBe(3.5)
    expect(read('3.500', 'point')).toBe(3.5)
    expect(read('0.750', 'comma')).toBe(0.75) // a leading 0 is never a thousands group
  })

  it('refuses what a Dutch and an English reader would read differently', () => {
    // whole-number columns: either mark before three digits, in every dialect (I3, I4)
    for (const d of ['comma', 'point', 'workbook'] as const) {
      expect(read('2.000', d, true)).toBe('thousands_separator')
      expect(read('1.450', d, true)).toBe('thousands_separator')
    }
    expect(read('12,000', 'comma', true)).toBe('thousands_separator')
    // decimal columns: the other mark before three digits
    expect(read('3.410', 'comma')).toBe('thousands_separator')
    expect(read('3,500', 'point')).toBe('thousands_separator')
    expect(read('3,500', 'workbook')).toBe('thousands_separator')
    expect(read('3.500', 'workbook')).toBe('thousands_separator')
    // several groups, groups with decimals, spaces
    for (const t of ['1.234.567', '1.234,5', '1,234.5', '1 234', '12\u00a0345', "1'000"]) expect(read(t, 'comma', true)).toBe('thousands_separator')
  })

  it('names the decimal reading and the plain number in the message', () => {
    const r = readNumber('1.450', 'comma', true)
    expect(r).toEqual({ problem: 'thousands_separator', extra: { text: '1.450', whole: '1450', decimal: 1.45, mark: '.' } })
  })

  it('refuses exponents, words, a decimal comma in a comma file, dates and booleans', () => {
    expect(read('1e3', 'point')).toBe('not_a_number')
    expect(read('Infinity', 'comma')).toBe('not_a_number')
    expect(read('3,4', 'point')).toBe('not_a_number')
    expect(read('', 'comma')).toBe('missing_value')
    expect(readNumber(new Date('2025-01-01T00:00:00Z'), 'workbook', true)).toEqual({ problem: 'date_value', extra: { date: '2025-01-01' } })
    expect(readNumber(true, 'workbook', true)).toEqual({ problem: 'not_a_number' })
    expect(readNumber(3.33, 'workbook', false)).toEqual({ value: 3.33 })
    expect(readNumber(null, 'workbook', false)).toEqual({ problem: 'missing_value' })
  })
})
