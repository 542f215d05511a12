// Rewrites public/gegevens/ (template and example dataset files) from mocks/example-files.ts.
import { mkdirSync, writeFileSync } from 'node:fs'
import { exampleFiles, exampleWorkbooks } from '../mocks/example-files'

const dir = new URL('../public/gegevens/', import.meta.url)
mkdirSync(dir, { recursive: true })
for (const [name, text] of Object.entries(exampleFiles())) {
  writeFileSync(new URL(name, dir), text)
  console.log(`public/gegevens/${name}: ${text.length} characters`)
}
for (const [name, bytes] of Object.entries(exampleWorkbooks())) {
  writeFileSync(new URL(name, dir), bytes)
  console.log(`public/gegevens/${name}: ${bytes.length} bytes`)
}
