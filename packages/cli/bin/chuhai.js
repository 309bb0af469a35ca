#!/usr/bin/env node
import { chooseEntry } from './entry.js'

// `ingest` runs from dist/bundle while it is fresh (entry.js, ADR 0023); the rest from dist.
const entry = chooseEntry(process.argv, process.env, {
  plain: new URL('../dist/main.js', import.meta.url),
  bundle: new URL('../dist/bundle/', import.meta.url),
})
const { main } = await import(entry.href)
main(process.argv).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  },
)
