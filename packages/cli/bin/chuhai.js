#!/usr/bin/env node
import { readFileSync, statSync } from 'node:fs'

/**
 * `chuhai ingest` runs from the bundle that `npm run build` makes (dist/bundle, ADR 0023): it
 * starts in half the CPU time of ~900 separate modules. Only while the bundle is newer than every
 * package build it was made from; otherwise (a `tsc -b` since, no bundle, `CHUHAI_NO_BUNDLE=1`)
 * the command runs from dist like every other command.
 */
function entry(argv) {
  const plain = new URL('../dist/main.js', import.meta.url)
  if (argv[2] !== 'ingest' || process.env.CHUHAI_NO_BUNDLE === '1') {
    return plain
  }
  const bundle = new URL('../dist/bundle/', import.meta.url)
  try {
    const built = statSync(new URL('main.js', bundle)).mtimeMs
    const { stamps } = JSON.parse(readFileSync(new URL('manifest.json', bundle), 'utf8'))
    for (const stamp of stamps) {
      if (statSync(new URL(stamp, bundle)).mtimeMs > built) {
        return plain
      }
    }
    return new URL('main.js', bundle)
  } catch {
    return plain
  }
}

const { main } = await import(entry(process.argv).href)
main(process.argv).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  },
)
