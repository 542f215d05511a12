/**
 * A presentation deck: slides that each pin one chart of a view, with its filters. A deck lives
 * in the browser (localStorage) and in its share link (?deck=…); never on a server.
 */
// before zod builds a schema: no eval probe under a strict CSP (src/zod-setup.ts)
import '../zod-setup'
import { z } from 'zod'

/** A figure's stable id, e.g. `overview.ladder` or `compare.ranking` (ChartFrame's `figureId`). */
export const figureIdSchema = z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/).max(80)

export const slideSchema = z.object({
  /** the view's address with every parameter that changes what is shown, e.g. /?regio=PV20&jaar=2025 */
  href: z.string().startsWith('/').max(2000),
  /** which figure of the view (stable id); absent only in decks made before version 2 */
  figure: figureIdSchema.optional(),
  /**
   * Version 1 decks counted the chart from 0 in page order, which breaks whenever a view's layout
   * changes; such slides are kept (title and notes) but shown with a notice, never guessed.
   */
  chart: z.number().int().min(0).max(50).optional(),
  title: z.string().max(300),
  notes: z.string().max(5000),
})
export type Slide = z.infer<typeof slideSchema>

export const DECK_VERSION = 2

export const deckSchema = z.object({
  format: z.literal('samenhang-deck'),
  /** 1: slides by page position (read, not written); 2: slides by figure id */
  version: z.union([z.literal(1), z.literal(2)]),
  /** the presentation's own title (the handout's cover); absent = a default in the reader's language */
  title: z.string().max(300).optional(),
  slides: z.array(slideSchema).max(100),
})
export type Deck = z.infer<typeof deckSchema>

export const emptyDeck = (): Deck => ({ format: 'samenhang-deck', version: DECK_VERSION, slides: [] })

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let bin = ''
  for (const b of bytes) bin += String.fromCharCode(b)
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(s: string): string {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'))
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)))
}

/** The deck as a URL parameter value (compact JSON, base64url). */
export function encodeDeck(deck: Deck): string {
  return toBase64Url(JSON.stringify({ ...deck, version: DECK_VERSION }))
}

export type DeckResult = { ok: true; deck: Deck } | { ok: false; error: 'decode' | 'json' | 'schema'; detail?: string }

/** Parse a deck from text (a JSON file or a decoded link); validated completely. */
export function parseDeckJson(text: string): DeckResult {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, error: 'json' }
  }
  const parsed = deckSchema.safeParse(data)
  if (!parsed.success) return { ok: false, error: 'schema', detail: parsed.error.issues[0]?.path.join('.') }
  return { ok: true, deck: parsed.data }
}

export function decodeDeck(param: string): DeckResult {
  let text: string
  try {
    text = fromBase64Url(param)
  } catch {
    return { ok: false, error: 'decode' }
  }
  return parseDeckJson(text)
}

export function addSlide(deck: Deck, slide: Slide): Deck {
  return { ...deck, version: DECK_VERSION, slides: [...deck.slides, slide] }
}

export function removeSlide(deck: Deck, index: number): Deck {
  return { ...deck, slides: deck.slides.filter((_, i) => i !== index) }
}

export function moveSlide(deck: Deck, index: number, by: -1 | 1): Deck {
  const to = index + by
  if (to < 0 || to >= deck.slides.length) return deck
  const slides = [...deck.slides]
  ;[slides[index], slides[to]] = [slides[to], slides[index]]
  return { ...deck, slides }
}

/** The deck with a new title (an empty one removes it, so the default applies). */
export function retitleDeck(deck: Deck, title: string): Deck {
  const { title: _old, ...rest } = deck
  return title.trim() === '' ? rest : { ...rest, title }
}

/** What a slide points at: a figure by its stable id, or (decks made before ids) only a position, which is never guessed. */
export type SlideTarget = { kind: 'figure'; id: string } | { kind: 'legacy'; chart?: number }

export function slideTarget(slide: Slide): SlideTarget {
  return slide.figure !== undefined ? { kind: 'figure', id: slide.figure } : { kind: 'legacy', chart: slide.chart }
}

export function updateSlide(deck: Deck, index: number, patch: Partial<Pick<Slide, 'title' | 'notes'>>): Deck {
  return { ...deck, slides: deck.slides.map((s, i) => (i === index ? { ...s, ...patch } : s)) }
}

/** The index of the slide that pins this figure at this address, or −1. */
export function pinnedSlide(deck: Deck, href: string, figure: string): number {
  return deck.slides.findIndex((s) => s.href === href && s.figure === figure)
}

/** The address a slide shows, without the language (the presenter's language applies). */
export function slideHref(pathname: string, search: string): string {
  const p = new URLSearchParams(search)
  p.delete('taal')
  p.delete('embed')
  const qs = p.toString().replace(/%2C/g, ',')
  return `${pathname}${qs ? `?${qs}` : ''}`
}

const KEY = 'samenhang.deck'

export function loadLocalDeck(): Deck {
  try {
    const raw = window.localStorage.getItem(KEY)
    if (!raw) return emptyDeck()
    const r = parseDeckJson(raw)
    return r.ok ? r.deck : emptyDeck()
  } catch {
    return emptyDeck()
  }
}

export function saveLocalDeck(deck: Deck): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(deck))
    window.dispatchEvent(new Event('samenhang:deck'))
  } catch {
    // storage full or blocked: the share link still holds the deck
  }
}
