/**
 * Imported first by src/main.tsx, before any module that builds a zod schema. zod 4 probes
 * `new Function` when it builds its first object schema (to decide on compiled parsers); a strict
 * CSP (no 'unsafe-eval') reports that probe as a violation even though zod catches the error.
 * jitless skips the probe: parsing uses the interpreter, which is fast enough for our responses.
 * ES modules run in import order, so this is a module of its own, imported first by main.tsx and
 * by every module that builds schemas when it loads (src/contract/v1.ts, src/app/deck.ts): the
 * bundler may put those in a chunk that runs before the entry's own code.
 */
import { z } from 'zod'

z.config({ jitless: true })
