/**
 * The self-assessment's memory: the answers live in this browser only (localStorage), saved
 * as each one is given, so a reload or a closed tab loses nothing. Nothing here talks to a
 * server. A stored value that cannot be read is kept aside (never silently overwritten) and
 * the scan starts empty.
 */
import '../../zod-setup'
import { useCallback, useSyncExternalStore } from 'react'
import { z } from 'zod'
import type { AnswerSheet } from '../../domain/selfscan-score'

/** A colleague's sheet added to the team, with where it came from (a file name or "link"). */
export interface TeamMember {
  id: string
  /** where the sheet came from, for the list: the file name and row, or the link */
  source: string
  sheet: AnswerSheet
}

export interface StoredScan {
  format: 'samenhang-zelfscan-opslag'
  version: 1
  /** this browser's own answers */
  own: AnswerSheet
  /** colleagues' sheets, added from files or links */
  team: TeamMember[]
}

const answer = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal('dk')])
const sheet = z.object({
  region: z.string().max(10),
  sector: z.string().max(10),
  year: z.number().int().min(1900).max(2100),
  answers: z.record(z.string().max(10), answer),
})
const stored = z.object({
  format: z.literal('samenhang-zelfscan-opslag'),
  version: z.literal(1),
  own: sheet,
  team: z.array(z.object({ id: z.string().max(100), source: z.string().max(300), sheet })).max(1000),
})

export const STORAGE_KEY = 'samenhang.zelfscan'
const ASIDE_KEY = 'samenhang.zelfscan.onleesbaar'
const EVENT = 'samenhang:zelfscan'

export function emptyScan(year = new Date().getFullYear()): StoredScan {
  return { format: 'samenhang-zelfscan-opslag', version: 1, own: { region: '', sector: '', year, answers: {} }, team: [] }
}

let cache: { raw: string | null; scan: StoredScan; unreadable: boolean } | undefined
/** set when the browser refuses to store: the answers then last for this page view only */
let memoryOnly: { raw: null; scan: StoredScan; unreadable: false } | undefined

function read(): { scan: StoredScan; unreadable: boolean } {
  if (memoryOnly) return memoryOnly
  let raw: string | null = null
  try {
    raw = window.localStorage.getItem(STORAGE_KEY)
  } catch {
    // storage blocked (private mode settings): the scan works for this page view only
  }
  if (cache && cache.raw === raw) return cache
  let scan = emptyScan()
  let unreadable = false
  if (raw) {
    try {
      const parsed = stored.safeParse(JSON.parse(raw))
      if (parsed.success) scan = parsed.data as StoredScan
      else unreadable = true
    } catch {
      unreadable = true
    }
  }
  cache = { raw, scan, unreadable }
  return cache
}

function subscribe(cb: () => void): () => void {
  window.addEventListener(EVENT, cb)
  window.addEventListener('storage', cb)
  return () => {
    window.removeEventListener(EVENT, cb)
    window.removeEventListener('storage', cb)
  }
}

const snapshot = () => read()

/** Saves the scan; a value that could not be read before is first kept aside. */
export function saveScan(scan: StoredScan): boolean {
  try {
    const before = read()
    if (before.unreadable && cache?.raw) window.localStorage.setItem(ASIDE_KEY, cache.raw)
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(scan))
    memoryOnly = undefined
    window.dispatchEvent(new Event(EVENT))
    return true
  } catch {
    memoryOnly = { raw: null, scan, unreadable: false }
    window.dispatchEvent(new Event(EVENT))
    return false
  }
}

/** Removes everything the scan stored in this browser. */
export function clearScan(): void {
  memoryOnly = undefined
  try {
    window.localStorage.removeItem(STORAGE_KEY)
    window.localStorage.removeItem(ASIDE_KEY)
  } catch {
    // nothing stored, nothing to clear
  }
  window.dispatchEvent(new Event(EVENT))
}

/**
 * The stored scan and a function to change it. `update` returns false when the browser refused
 * to store (full or blocked), so the view can say that answers will not survive a reload.
 */
export function useScan(): { scan: StoredScan; unreadable: boolean; update: (change: (s: StoredScan) => StoredScan) => boolean } {
  const { scan, unreadable } = useSyncExternalStore(subscribe, snapshot, snapshot)
  const update = useCallback((change: (s: StoredScan) => StoredScan) => saveScan(change(read().scan)), [])
  return { scan, unreadable, update }
}
