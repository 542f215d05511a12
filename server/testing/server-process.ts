/**
 * Test helper: the real server process (`node --import tsx server/main.ts`) on a free port, with
 * a minimal prebuilt SPA so no build runs. Used by the fault and multi-server tests.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export interface ServerProc {
  child: ChildProcess
  stdout: () => string
  stderr: () => string
  exited: Promise<number | null>
  /** resolves when stderr has a line matching `re` */
  waitForStderr(re: RegExp, timeoutMs?: number): Promise<void>
}

export function startServer(env: Record<string, string>, args: string[] = []): ServerProc {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', SAMENHANG_LOG: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  const waiters: { re: RegExp; resolve: () => void }[] = []
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr!.on('data', (d: Buffer) => {
    err += d.toString()
    for (const w of [...waiters]) {
      if (w.re.test(err)) {
        waiters.splice(waiters.indexOf(w), 1)
        w.resolve()
      }
    }
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForStderr: (re, timeoutMs = 30_000) =>
      new Promise<void>((resolve, reject) => {
        if (re.test(err)) return resolve()
        const timer = setTimeout(() => reject(new Error(`no ${re} on stderr within ${timeoutMs} ms:\n${err}`)), timeoutMs)
        waiters.push({ re, resolve: () => (clearTimeout(timer), resolve()) })
        void exited.then(() => reject(new Error(`server exited before ${re}:\n${err}`)))
      }),
  }
}

export async function waitForUrl(p: ServerProc, timeoutMs = 30_000): Promise<string> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    const m = /Samenhang serves (http:\/\/\S+)/.exec(p.stdout())
    if (m) return m[1]
    if (p.child.exitCode !== null) throw new Error(`server exited with ${p.child.exitCode}: ${p.stderr()}`)
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`server did not start: ${p.stderr()}`)
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

/** A one-page "built SPA" in `dir`, so the server starts without building. */
export function tinySite(dir: string): string {
  mkdirSync(path.join(dir, 'assets'), { recursive: true })
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Samenhang</title></head><body><div id="root"></div></body></html>')
  return dir
}

export async function kill(p: ServerProc, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return
  p.child.kill(signal)
  await p.exited
}
