/**
 * Reading the PDFs Chromium prints, for the print and handout tests: page count, text per page
 * (with word positions) and page images, through poppler-utils (`pdfinfo`, `pdftotext`,
 * `pdftoppm`; Debian: apt-get install -y poppler-utils). Without them the tests fail and say so.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function run(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    if (err.code === 'ENOENT') throw new Error(`${cmd} is missing: the print tests read PDFs with poppler-utils (apt-get install -y poppler-utils)`)
    throw e
  }
}

/** A printed PDF on disk, with its page size in points. */
export interface Pdf {
  path: string
  pages: number
  width: number
  height: number
}

export function savePdf(buffer: Buffer, name: string): Pdf {
  const dir = mkdtempSync(join(tmpdir(), 'samenhang-pdf-'))
  const path = join(dir, `${name}.pdf`)
  writeFileSync(path, buffer)
  const info = run('pdfinfo', [path])
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)
  return { path, pages, width: Number(size?.[1]), height: Number(size?.[2]) }
}

/** The text of one page (1-based). */
export function pageText(pdf: Pdf, page: number): string {
  return run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf.path, '-'])
}

/** A word and its box on a page, in points from the top left. */
export interface Word {
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

export function pageWords(pdf: Pdf, page: number): Word[] {
  const xml = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf.path, '-'])
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    text: m[5].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'"),
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
  }))
}

/** A page as a grey image at 72 dpi (one pixel per point): `dark(x, y)` says whether ink is there. */
export interface PageImage {
  width: number
  height: number
  dark: (x: number, y: number) => boolean
  /** the image as PNG, written next to the PDF, for a person to look at */
  png: string
}

export function pageImage(pdf: Pdf, page: number): PageImage {
  const dir = mkdtempSync(join(tmpdir(), 'samenhang-page-'))
  run('pdftoppm', ['-r', '72', '-gray', '-f', String(page), '-l', String(page), pdf.path, join(dir, 'p')])
  run('pdftoppm', ['-r', '60', '-png', '-f', String(page), '-l', String(page), pdf.path, join(dir, 'p')])
  const files = readdirSync(dir)
  const pgm = readFileSync(join(dir, files.find((f) => f.endsWith('.pgm'))!))
  // binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'))!
  const [width, height] = [Number(header[1]), Number(header[2])]
  const pixels = pgm.subarray(header[0].length)
  return {
    width,
    height,
    dark: (x, y) => pixels[Math.round(y) * width + Math.round(x)] < 200,
    png: join(dir, files.find((f) => f.endsWith('.png'))!),
  }
}

/** Whether any ink lies in the rectangle (points). */
export function inkIn(img: PageImage, x0: number, y0: number, x1: number, y1: number): boolean {
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(img.height, Math.ceil(y1)); y++) {
    for (let x = Math.max(0, Math.floor(x0)); x < Math.min(img.width, Math.ceil(x1)); x++) if (img.dark(x, y)) return true
  }
  return false
}
