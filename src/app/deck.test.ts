import { describe, expect, it } from 'vitest'
import { addSlide, decodeDeck, emptyDeck, encodeDeck, moveSlide, parseDeckJson, removeSlide, slideHref, updateSlide } from './deck'

const slide = (n: number) => ({ href: `/?regio=PV2${n}&jaar=2025`, chart: n, title: `Dia ${n} — Fryslân`, notes: 'Noot' })

describe('a presentation deck', () => {
  it('round-trips through its share-link parameter, non-ASCII included', () => {
    const deck = addSlide(addSlide(emptyDeck(), slide(0)), slide(1))
    const encoded = encodeDeck(deck)
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(decodeDeck(encoded)).toEqual({ ok: true, deck })
  })
  it('reorders, edits and removes slides', () => {
    let deck = [0, 1, 2].reduce((d, n) => addSlide(d, slide(n)), emptyDeck())
    deck = moveSlide(deck, 2, -1)
    expect(deck.slides.map((s) => s.chart)).toEqual([0, 2, 1])
    expect(moveSlide(deck, 0, -1)).toBe(deck)
    deck = updateSlide(deck, 1, { title: 'Nieuw' })
    expect(deck.slides[1].title).toBe('Nieuw')
    deck = removeSlide(deck, 0)
    expect(deck.slides.map((s) => s.chart)).toEqual([2, 1])
  })
  it('rejects bad files with the reason', () => {
    expect(parseDeckJson('{nope')).toEqual({ ok: false, error: 'json' })
    expect(parseDeckJson('{"format":"samenhang-deck","version":1,"slides":[{"href":"http://evil","chart":0,"title":"","notes":""}]}')).toMatchObject({
      ok: false,
      error: 'schema',
    })
    expect(decodeDeck('%%%')).toEqual({ ok: false, error: 'decode' })
  })
  it('keeps the filters of a slide but not the language', () => {
    expect(slideHref('/sectoren', '?sector=GEM,RIJK&jaar=2025&taal=en')).toBe('/sectoren?sector=GEM,RIJK&jaar=2025')
  })
})
