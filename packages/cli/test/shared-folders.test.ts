import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasShared, NO_SHARED, sharedPath } from '@chuhai/core/testing'
import { SHARED_FOLDERS } from './helpers/shared-folders.js'

const present = hasShared('data')

describe.skipIf(!present)(`the per-folder ingest counts cover ../shared/data ${NO_SHARED}`, () => {
  it('lists every folder of ../shared/data once, and nothing else', () => {
    const folders = readdirSync(sharedPath('data'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort()
    expect(SHARED_FOLDERS.map((f) => f.folder).sort()).toEqual(folders)
  })

  it('has each folder ingested by the test file it names', () => {
    for (const f of SHARED_FOLDERS) {
      const source = readFileSync(join(import.meta.dirname, `${f.test}.test.ts`), 'utf8')
      expect(source, `${f.test}.test.ts ingests ${f.folder}`).toContain(`foldersOf('${f.test}')`)
    }
  })
})
