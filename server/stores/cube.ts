/**
 * A data cube of sufficient statistics (ADR 0110): for a list of keys (the cell keys, or the
 * pillar cell keys) it pools the cells once per dataset version into every grouping of those keys
 * (a "cuboid" per subset, 2^k in all), so that any question is answered from the smallest cuboid
 * that holds its grouping and filter keys: the work grows with the answer, not with the data.
 *
 * - Suppression at source is applied while building: a cell with n < minN adds zeros, but its
 *   group still exists (so the API reports it as suppressed rather than missing).
 * - Each cuboid is computed from its smallest already computed parent (one key more), not from
 *   the cells: on 1M cells the whole cube costs a few passes over the data.
 * - Key values are coded as small integers per key; a group's identity is a mixed-radix number of
 *   its codes (exact below 2^53, checked), so grouping is a Map of numbers.
 * - Pure TypeScript, no I/O: the memory store (also in the browser) queries it directly; the
 *   SQLite and PostgreSQL stores write its rows into a rollup table inside the transaction that
 *   installs the dataset.
 */

export type KeyValue = string | number | null

/** How to read a cell: its key values in key order, and its sums (n first). */
export interface CubeInput<T> {
  keys: readonly string[]
  /** number of sums per cell; the first is n */
  arity: number
  key(cell: T, i: number): KeyValue
  sums(cell: T, out: Float64Array, at: number): void
}

/** One grouping of the keys: the groups and their pooled sums (struct of arrays). */
export interface Cuboid {
  /** bit i set = keys[i] is a grouping key of this cuboid */
  mask: number
  size: number
  /** per key: the code of each group's value (empty for keys not in the mask) */
  codes: Int32Array[]
  /** size × arity sums */
  sums: Float64Array
}

/** A filter on key values: per key index, the values allowed (absent = all). */
export type CubeFilter = ReadonlyMap<number, readonly KeyValue[]>

/** A group of a cube answer: key values by key name, and the pooled sums. */
export interface CubeGroup {
  keys: Record<string, KeyValue>
  sums: Float64Array
}

/**
 * Group ids → group index: a direct table when the id space is small (the usual case: a few
 * levels, dimensions, sectors and years and some hundreds of regions), else a Map.
 */
interface GroupIndex {
  get(id: number): number
  set(id: number, g: number): void
}

const DIRECT_TABLE_MAX = 1 << 23

class DirectIndex implements GroupIndex {
  private readonly table: Int32Array
  constructor(space: number) {
    this.table = new Int32Array(space).fill(-1)
  }
  get(id: number): number {
    return this.table[id]
  }
  set(id: number, g: number): void {
    this.table[id] = g
  }
}

class MapIndex implements GroupIndex {
  private readonly map = new Map<number, number>()
  get(id: number): number {
    return this.map.get(id) ?? -1
  }
  set(id: number, g: number): void {
    this.map.set(id, g)
  }
}

function groupIndex(space: number): GroupIndex {
  return space <= DIRECT_TABLE_MAX ? new DirectIndex(space) : new MapIndex()
}

/** The first `n` entries: a view when that is most of the array, else a copy (so the rest is freed). */
function fit<A extends Int32Array | Float64Array>(a: A, n: number): A {
  if (n === a.length) return a
  return (n >= a.length * 0.75 ? a.subarray(0, n) : a.slice(0, n)) as A
}

export function popcount(mask: number): number {
  let c = 0
  for (let m = mask; m; m &= m - 1) c++
  return c
}

export class Cube {
  readonly keys: readonly string[]
  readonly arity: number
  readonly minN: number
  /** per key: value of each code */
  readonly values: KeyValue[][]
  private readonly codeOf: Map<KeyValue, number>[]
  /** per mask: the radix of each key (0 for keys not in the mask) and the size of the id space */
  private readonly radices = new Map<number, { radix: number[]; space: number }>()
  readonly cuboids = new Map<number, Cuboid>()
  readonly full: number

  private constructor(keys: readonly string[], arity: number, minN: number, values: KeyValue[][], codeOf: Map<KeyValue, number>[]) {
    this.keys = keys
    this.arity = arity
    this.minN = minN
    this.values = values
    this.codeOf = codeOf
    this.full = (1 << keys.length) - 1
    for (let m = 0; m <= this.full; m++) {
      const radix: number[] = []
      let r = 1
      for (let i = 0; i < keys.length; i++) {
        radix.push(m & (1 << i) ? r : 0)
        if (m & (1 << i)) r *= Math.max(1, values[i].length)
      }
      if (r > Number.MAX_SAFE_INTEGER) throw new Error('Too many distinct key values for a data cube.')
      this.radices.set(m, { radix, space: r })
    }
  }

  /** Pool `cells` into every grouping of the keys (suppressing cells with n < minN at source). */
  static build<T>(cells: readonly T[], input: CubeInput<T>, minN: number): Cube {
    const k = input.keys.length
    const values: KeyValue[][] = input.keys.map(() => [])
    const codeOf: Map<KeyValue, number>[] = input.keys.map(() => new Map())
    const codes = input.keys.map(() => new Int32Array(cells.length))
    // cells usually come sorted or grouped: the previous value of a key is the likeliest
    const lastValue: KeyValue[] = input.keys.map(() => undefined as unknown as KeyValue)
    const lastCode = new Int32Array(k)
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c]
      for (let i = 0; i < k; i++) {
        const v = input.key(cell, i)
        let code: number | undefined
        if (v === lastValue[i]) code = lastCode[i]
        else {
          code = codeOf[i].get(v)
          if (code === undefined) {
            code = values[i].length
            values[i].push(v)
            codeOf[i].set(v, code)
          }
          lastValue[i] = v
          lastCode[i] = code
        }
        codes[i][c] = code
      }
    }
    const cube = new Cube(input.keys, input.arity, minN, values, codeOf)
    // the base cuboid: every distinct cell key (duplicates pooled), thin cells as zeros
    const arity = input.arity
    const tmp = new Float64Array(arity)
    const { radix, space } = cube.radices.get(cube.full)!
    const index = groupIndex(space)
    const cap = Math.min(cells.length, space)
    const baseCodes = input.keys.map(() => new Int32Array(cap))
    const baseSums = new Float64Array(cap * arity)
    let size = 0
    for (let c = 0; c < cells.length; c++) {
      let id = 0
      for (let i = 0; i < k; i++) id += codes[i][c] * radix[i]
      let g = index.get(id)
      if (g < 0) {
        g = size++
        index.set(id, g)
        for (let i = 0; i < k; i++) baseCodes[i][g] = codes[i][c]
      }
      input.sums(cells[c], tmp, 0)
      if (tmp[0] >= minN) for (let j = 0; j < arity; j++) baseSums[g * arity + j] += tmp[j]
    }
    cube.cuboids.set(cube.full, { mask: cube.full, size, codes: baseCodes.map((a) => fit(a, size)), sums: fit(baseSums, size * arity) })
    // every other grouping from its smallest parent (one key more), larger groupings first
    const masks: number[] = []
    for (let m = cube.full - 1; m >= 0; m--) masks.push(m)
    masks.sort((a, b) => popcount(b) - popcount(a))
    for (const m of masks) {
      let parent: Cuboid | undefined
      for (let i = 0; i < k; i++) {
        if (m & (1 << i)) continue
        const p = cube.cuboids.get(m | (1 << i))
        if (p && (!parent || p.size < parent.size)) parent = p
      }
      cube.cuboids.set(m, cube.rollUp(parent!, m))
    }
    return cube
  }

  private rollUp(parent: Cuboid, mask: number): Cuboid {
    const { radix, space } = this.radices.get(mask)!
    // column by column: each group's id, then its index, then the sums (tight typed-array loops)
    const n = parent.size
    const ids = new Float64Array(n)
    for (let i = 0; i < this.keys.length; i++) {
      if (!(mask & (1 << i))) continue
      const col = parent.codes[i]
      const r = radix[i]
      for (let x = 0; x < n; x++) ids[x] += col[x] * r
    }
    const groupOf = new Int32Array(n)
    const index = groupIndex(space)
    let size = 0
    for (let x = 0; x < n; x++) {
      const id = ids[x]
      let g = index.get(id)
      if (g < 0) {
        g = size++
        index.set(id, g)
      }
      groupOf[x] = g
    }
    const codes = this.keys.map((_, i) => {
      if (!(mask & (1 << i))) return new Int32Array(0)
      const from = parent.codes[i]
      const to = new Int32Array(size)
      for (let x = 0; x < n; x++) to[groupOf[x]] = from[x]
      return to
    })
    const arity = this.arity
    const sums = new Float64Array(size * arity)
    const ps = parent.sums
    for (let x = 0; x < n; x++) {
      const to = groupOf[x] * arity
      const from = x * arity
      for (let j = 0; j < arity; j++) sums[to + j] += ps[from + j]
    }
    return { mask, size, codes, sums }
  }

  /** The smallest cuboid whose keys include `needed` (a mask). */
  choose(needed: number): Cuboid {
    let best: Cuboid | undefined
    for (const c of this.cuboids.values()) {
      if ((c.mask & needed) !== needed) continue
      if (!best || c.size < best.size) best = c
    }
    return best!
  }

  /** Every cuboid except the base, as stored by the SQL stores (the base is the cell table itself). */
  rollups(): Cuboid[] {
    return [...this.cuboids.values()].filter((c) => c.mask !== this.full)
  }

  /** The value of key `i` in row `r` of a cuboid (null for a key the cuboid does not keep). */
  value(c: Cuboid, i: number, r: number): KeyValue {
    return c.mask & (1 << i) ? this.values[i][c.codes[i][r]] : null
  }

  /**
   * Pool the groups matching `filter`, grouped by the keys in `byMask`, from the smallest cuboid
   * that holds them. At most limit + 1 groups (more = over the limit). Unsorted.
   */
  query(filter: CubeFilter, byMask: number, limit = Infinity): CubeGroup[] {
    let needed = byMask
    for (const i of filter.keys()) needed |= 1 << i
    const c = this.choose(needed)
    // allowed codes per filtered key; a value the data do not hold matches nothing
    const allowed: [number, Uint8Array][] = []
    for (const [i, vs] of filter) {
      const ok = new Uint8Array(this.values[i].length)
      for (const v of vs) {
        const code = this.codeOf[i].get(v)
        if (code !== undefined) ok[code] = 1
      }
      allowed.push([i, ok])
    }
    const by: number[] = []
    for (let i = 0; i < this.keys.length; i++) if (byMask & (1 << i)) by.push(i)
    const arity = this.arity
    const { radix } = this.radices.get(byMask)!
    const index = new Map<number, CubeGroup>()
    const out: CubeGroup[] = []
    rows: for (let r = 0; r < c.size; r++) {
      for (const [i, ok] of allowed) if (!ok[c.codes[i][r]]) continue rows
      let id = 0
      for (const i of by) id += c.codes[i][r] * radix[i]
      let g = index.get(id)
      if (!g) {
        if (out.length > limit) break
        const keys: Record<string, KeyValue> = {}
        for (const i of by) keys[this.keys[i]] = this.values[i][c.codes[i][r]]
        g = { keys, sums: new Float64Array(arity) }
        index.set(id, g)
        out.push(g)
      }
      const from = r * arity
      for (let j = 0; j < arity; j++) g.sums[j] += c.sums[from + j]
    }
    return out
  }

  /** Rows in all cuboids but the base: for the SQL stores' size estimates and tests. */
  get rollupRows(): number {
    let n = 0
    for (const c of this.cuboids.values()) if (c.mask !== this.full) n += c.size
    return n
  }
}

/** The mask of the given key names within `keys`. */
export function maskOf(keys: readonly string[], names: Iterable<string>): number {
  let m = 0
  for (const n of names) {
    const i = keys.indexOf(n)
    if (i < 0) throw new Error(`Unknown key ${n}`)
    m |= 1 << i
  }
  return m
}
