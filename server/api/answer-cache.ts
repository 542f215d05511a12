/**
 * Serialised answers of GET /scores, kept per dataset version (ADR 0111): a hit costs a map lookup
 * and no JSON work. Keyed by the canonical question (value lists sorted, `by` in canonical order),
 * so two spellings of one question share one entry and answer the same bytes; the raw query string
 * is an alias of its canonical key, so a repeated request skips parsing too.
 *
 * Bounded by entries and by bytes, least recently used first out. A new dataset version empties it.
 * Portable (no Node modules): the in-browser API may use it as well.
 */

/** One serialised answer. */
export interface CachedAnswer {
  /** the response body (JSON, UTF-8) */
  body: Uint8Array
  /** groups in the answer (rows of dimension answers; pillar answers have three rows per group) */
  rows: number
}

export interface AnswerCacheOptions {
  /** most answers kept (default 500) */
  maxEntries?: number
  /** most bytes kept over all answers (default 64 MiB) */
  maxBytes?: number
}

export class AnswerCache {
  private readonly entries = new Map<string, CachedAnswer>()
  private readonly aliases = new Map<string, string>()
  private bytes = 0
  private version: string | undefined
  readonly maxEntries: number
  readonly maxBytes: number
  hits = 0
  misses = 0

  constructor(options: AnswerCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 500
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024
  }

  /** The answer for a raw query string of this version, if an identical request was answered. */
  byRaw(version: string, raw: string): CachedAnswer | undefined {
    if (version !== this.version) return undefined
    const key = this.aliases.get(raw)
    return key === undefined ? undefined : this.get(version, key)
  }

  /** The answer for a canonical question of this version. */
  get(version: string, key: string): CachedAnswer | undefined {
    if (version !== this.version) return undefined
    const hit = this.entries.get(key)
    if (!hit) return undefined
    this.hits++
    // most recently used goes last (only when eviction is near: the reordering costs a tenth of a hit)
    if (this.entries.size > this.maxEntries / 2 || this.bytes > this.maxBytes / 2) {
      this.entries.delete(key)
      this.entries.set(key, hit)
    }
    return hit
  }

  /** Remember that `raw` asks the canonical question `key`. */
  alias(version: string, raw: string, key: string): void {
    if (version !== this.version) this.reset(version)
    if (this.aliases.size >= this.maxEntries * 4) this.aliases.clear()
    this.aliases.set(raw, key)
  }

  set(version: string, key: string, answer: CachedAnswer): void {
    this.misses++
    if (this.maxEntries <= 0 || answer.body.byteLength > this.maxBytes / 4) return
    if (version !== this.version) this.reset(version)
    const old = this.entries.get(key)
    if (old) this.bytes -= old.body.byteLength
    this.entries.set(key, answer)
    this.bytes += answer.body.byteLength
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break
      this.entries.delete(k)
      this.bytes -= e.body.byteLength
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes }
  }

  private reset(version: string): void {
    this.entries.clear()
    this.aliases.clear()
    this.bytes = 0
    this.version = version
  }
}
