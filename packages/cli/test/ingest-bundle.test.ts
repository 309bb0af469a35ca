import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { chooseEntry } from '../bin/entry.js'

// The bin's choice between dist and the ingest bundle (ADR 0023), on a fake layout in a temp dir.
const root = mkdtempSync(join(tmpdir(), 'chuhai-entry-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

function layout(name: string, stampAge: number, manifest = true): { plain: URL; bundle: URL } {
  const dir = join(root, name)
  mkdirSync(join(dir, 'bundle'), { recursive: true })
  writeFileSync(join(dir, 'main.js'), '')
  writeFileSync(join(dir, 'bundle/main.js'), '')
  writeFileSync(join(dir, 'stamp'), '')
  if (manifest) {
    writeFileSync(join(dir, 'bundle/manifest.json'), JSON.stringify({ stamps: ['../stamp'] }))
  }
  const now = Date.now() / 1000
  utimesSync(join(dir, 'bundle/main.js'), now, now)
  utimesSync(join(dir, 'stamp'), now + stampAge, now + stampAge)
  return {
    plain: pathToFileURL(join(dir, 'main.js')),
    bundle: new URL(`${pathToFileURL(join(dir, 'bundle')).href}/`),
  }
}

describe('chuhai entry', () => {
  const argv = ['node', 'chuhai', 'ingest', 'file.xml']

  it('runs ingest from the bundle while it is newer than the builds it was made from', () => {
    const dirs = layout('fresh', -60)
    expect(chooseEntry(argv, {}, dirs).href).toBe(new URL('main.js', dirs.bundle).href)
  })

  it('falls back to dist when a package was rebuilt after the bundle', () => {
    const dirs = layout('stale', 60)
    expect(chooseEntry(argv, {}, dirs).href).toBe(dirs.plain.href)
  })

  it('uses dist for other commands, without a manifest, and with CHUHAI_NO_BUNDLE=1', () => {
    const fresh = layout('fresh-2', -60)
    expect(chooseEntry(['node', 'chuhai', 'show', 'US1'], {}, fresh).href).toBe(fresh.plain.href)
    expect(chooseEntry(argv, { CHUHAI_NO_BUNDLE: '1' }, fresh).href).toBe(fresh.plain.href)
    const bare = layout('no-manifest', -60, false)
    expect(chooseEntry(argv, {}, bare).href).toBe(bare.plain.href)
  })
})
