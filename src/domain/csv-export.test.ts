import { describe, expect, it } from 'vitest'
import { csvDataUrl, csvNumber, csvText, toCsv, type CsvTable } from './csv-export'
import { formatNumber } from './format'

const table: CsvTable = {
  columns: [{ header: 'Provincie' }, { header: 'Score', digits: 1 }, { header: 'Verschil', digits: 2 }, { header: 'n', digits: 0 }],
  rows: [
    ['Fryslân', 3.04, -0.126, 1234],
    ['Noord-Holland', 3.45, 0.004, 56],
    ['Zeeland', null, undefined, NaN],
  ],
}

describe('toCsv', () => {
  it('writes the Dutch variant with ; a decimal comma, a BOM and CRLF', () => {
    expect(toCsv(table, 'nl')).toBe(
      '\uFEFFProvincie;Score;Verschil;n\r\n' + 'Fryslân;3,0;-0,13;1234\r\n' + 'Noord-Holland;3,5;0,00;56\r\n' + 'Zeeland;;;\r\n',
    )
  })
  it('writes the international variant with , a decimal point and no BOM', () => {
    expect(toCsv(table, 'intl')).toBe('Provincie,Score,Verschil,n\r\n' + 'Fryslân,3.0,-0.13,1234\r\n' + 'Noord-Holland,3.5,0.00,56\r\n' + 'Zeeland,,,\r\n')
  })
})

describe('csvNumber', () => {
  it('rounds like the screen does (the same half-away-from-zero rule as Intl), with an ASCII minus', () => {
    for (const v of [3.45, 3.449, -0.05, -0.15, 2.25, 1.005, 0.125]) {
      // the screen writes U+2212 for minus, the CSV an ASCII hyphen (so spreadsheets read a number)
      expect(csvNumber(v, 'nl', 1)).toBe(formatNumber(v, 'nl', 1).replace('\u2212', '-'))
      expect(csvNumber(v, 'intl', 2)).toBe(formatNumber(v, 'en', 2).replace('\u2212', '-'))
    }
  })
  it('never writes -0', () => {
    expect(csvNumber(-0.04, 'intl', 1)).toBe('0.0')
    expect(csvNumber(-0.0001, 'nl', 2)).toBe('0,00')
  })
  it('writes no thousands separator and keeps full precision without digits', () => {
    expect(csvNumber(1234567, 'nl', 0)).toBe('1234567')
    expect(csvNumber(0.1 + 0.2, 'nl')).toBe('0,30000000000000004')
    expect(csvNumber(Infinity, 'nl', 1)).toBe('')
  })
})

describe('csvText', () => {
  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvText('=1+1', 'intl')).toBe("'=1+1")
    expect(csvText('+31 6', 'intl')).toBe("'+31 6")
    expect(csvText('-2', 'nl')).toBe("'-2")
    expect(csvText('@SUM(A1)', 'nl')).toBe("'@SUM(A1)")
    expect(csvText('\tx', 'nl')).toBe("'\tx")
    expect(csvText('Noord-Holland', 'nl')).toBe('Noord-Holland')
  })
  it('quotes a separator, a quote or a line break, doubling quotes', () => {
    expect(csvText('a;b', 'nl')).toBe('"a;b"')
    expect(csvText('a;b', 'intl')).toBe('a;b')
    expect(csvText('a,b', 'intl')).toBe('"a,b"')
    expect(csvText('zei "ja"', 'nl')).toBe('"zei ""ja"""')
    expect(csvText('twee\nregels', 'intl')).toBe('"twee\nregels"')
    // a formula that also needs quotes gets both
    expect(csvText('=HYPERLINK("x";"y")', 'nl')).toBe('"\'=HYPERLINK(""x"";""y"")"')
  })
  it('also defuses headers', () => {
    expect(toCsv({ columns: [{ header: '=cmd' }], rows: [] }, 'intl')).toBe("'=cmd\r\n")
  })
})

describe('csvDataUrl', () => {
  it('round-trips through decodeURIComponent, BOM included', () => {
    const csv = toCsv(table, 'nl')
    const url = csvDataUrl(csv)
    expect(url.startsWith('data:text/csv;charset=utf-8,%EF%BB%BF')).toBe(true)
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe(csv)
  })
})
