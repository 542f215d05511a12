import { describe, expect, it } from 'vitest'
import { formatCount, formatDiff, formatScore } from './format'

describe('numbers the way the reader writes them', () => {
  it('uses a decimal comma and dot grouping in Dutch, the reverse in English', () => {
    expect(formatScore(3.44, 'nl')).toBe('3,4')
    expect(formatScore(3.44, 'en')).toBe('3.4')
    expect(formatCount(1234, 'nl')).toBe('1.234')
    expect(formatCount(1234, 'en')).toBe('1,234')
  })
  it('signs differences and never prints −0,0', () => {
    expect(formatDiff(0.26, 'nl')).toBe('+0,3')
    expect(formatDiff(-0.04, 'nl')).toBe('0,0')
    expect(formatDiff(-0.04, 'nl', 2)).toBe('-0,04')
    expect(formatDiff(-0.004, 'en', 2)).toBe('0.00')
  })
})
