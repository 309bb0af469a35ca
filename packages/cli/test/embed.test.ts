import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasShared, NO_SHARED, sharedPath } from '@chuhai/core/testing'
import { miniGrant } from './helpers/mini-grant.js'
import { ingestJson, runCli, tempDir } from './helpers/run-cli.js'

const MODEL = 'models/glove100d-static-bert'
if (!hasShared(MODEL)) {
  console.warn(NO_SHARED)
}

function database(): string {
  const dir = tempDir('chuhai-embed-')
  const xml = join(dir, 'grants.xml')
  writeFileSync(xml, ['10000001', '10000002', '10000003'].map((n) => miniGrant(n)).join(''))
  const db = join(dir, 'chuhai.db')
  const { run } = ingestJson([xml, '--db', db])
  expect(run.code, run.stderr).toBe(0)
  return db
}

describe('chuhai embed', () => {
  it('explains how to configure a model when none is set', () => {
    const run = runCli(['embed', '--db', database()], { CHUHAI_EMBEDDING_MODEL: '' })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /no embedding model configured: pass --model DIR or set CHUHAI_EMBEDDING_MODEL/,
    )
  })

  it('refuses a model directory that does not exist without downloading', () => {
    const run = runCli(['embed', '--db', database(), '--model', '/nonexistent/model'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/model directory \/nonexistent\/model not found/)
  })

  it.skipIf(!hasShared(MODEL))(
    'embeds every document once, then nothing (needs ../shared/models)',
    () => {
      const db = database()
      const env = { CHUHAI_EMBEDDING_MODEL: sharedPath(MODEL) }
      const first = runCli(['embed', '--db', db, '--batch', '2', '--json'], env)
      expect(first.code, first.stderr).toBe(0)
      const summary = JSON.parse(first.stdout) as {
        model: string
        dimensions: number
        embedded: number
        coverage: object
      }
      expect(summary).toMatchObject({
        model: 'glove100d-static-bert',
        dimensions: 100,
        embedded: 3,
        coverage: { embedded: 3, documents: 3 },
      })
      const again = runCli(['embed', '--db', db, '--json'], env)
      expect(JSON.parse(again.stdout)).toMatchObject({
        embedded: 0,
        coverage: { embedded: 3, documents: 3 },
      })
    },
  )
})
