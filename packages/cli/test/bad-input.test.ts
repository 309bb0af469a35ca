import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import yazl from 'yazl'
import { miniGrant } from './helpers/mini-grant.js'
import { ingestJson, runCli, tempDir } from './helpers/run-cli.js'

const dir = tempDir()
const db = join(dir, 'bad.db')

function zipOf(entries: Record<string, string>, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile()
    for (const [name, text] of Object.entries(entries)) {
      zip.addBuffer(Buffer.from(text), name)
    }
    zip.end()
    const chunks: Buffer[] = []
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c))
    zip.outputStream.on('end', () => {
      writeFileSync(out, Buffer.concat(chunks))
      resolve()
    })
    zip.outputStream.on('error', reject)
  })
}

describe('bad input is reported and the rest lands', () => {
  it('a truncated document in a weekly file: file, offset, number and reason; the others land', () => {
    const good1 = miniGrant('09000001')
    const truncated = miniGrant('09000002').slice(0, 1500)
    const good2 = miniGrant('09000003')
    const file = join(dir, 'ipg-truncated.xml')
    writeFileSync(file, good1 + truncated + '\n' + good2)
    const { run, summary } = ingestJson([file, '--db', db])
    expect(run.code).toBe(0)
    expect(summary.documents).toBe(2)
    expect(summary.failed).toBe(1)
    const [error] = summary.errors
    expect(error?.file).toContain('ipg-truncated.xml')
    expect(error?.offset).toBe(Buffer.byteLength(good1))
    expect(error?.id).toBe('US-9000002-B2')
    expect(error?.reason).toMatch(/truncated/i)
  })

  it('invalid XML (mismatched tags) fails that document only', () => {
    const broken = miniGrant('09000011').replace('</invention-title>', '</title>')
    const file = join(dir, 'ipg-invalid.xml')
    writeFileSync(file, miniGrant('09000010') + broken + miniGrant('09000012'))
    const { summary } = ingestJson([file, '--db', db])
    expect(summary.documents).toBe(2)
    expect(summary.failed).toBe(1)
    expect(summary.errors[0]?.reason).toMatch(/malformed XML|mismatched/i)
    expect(summary.errors[0]?.id).toBe('US-9000011-B2')
  })

  it('an unknown DTD is reported by name', () => {
    const unknown = miniGrant('09000021')
      .replace(/us-patent-grant-v45-2014-04-03\.dtd/, 'us-patent-grant-v99-2031-01-01.dtd')
      .replace(/dtd-version="v4\.5 2014-04-03"/, 'dtd-version="v9.9 2031-01-01"')
    const file = join(dir, 'ipg-unknown-dtd.xml')
    writeFileSync(file, miniGrant('09000020') + unknown)
    const { summary } = ingestJson([file, '--db', db])
    expect(summary.documents).toBe(1)
    expect(summary.failed).toBe(1)
    expect(summary.errors[0]?.reason).toMatch(/unknown document format/i)
    expect(summary.errors[0]?.reason).toContain('v99')
  })

  it('a wrong encoding (Latin-1 bytes in a UTF-8 document) names the byte offset', () => {
    const text = miniGrant('09000031', { title: 'Caf\u00e9 robot' })
    const bytes = Buffer.from(text, 'utf8')
    const latin1 = Buffer.from(text, 'latin1') // é becomes the single byte 0xE9: invalid UTF-8
    const file = join(dir, 'ipg-encoding.xml')
    writeFileSync(
      file,
      Buffer.concat([Buffer.from(miniGrant('09000030')), latin1, bytes.subarray(0, 0)]),
    )
    const { summary } = ingestJson([file, '--db', db])
    expect(summary.documents).toBe(1)
    expect(summary.failed).toBe(1)
    expect(summary.errors[0]?.reason).toMatch(/wrong encoding.*0xe9/i)
    expect(summary.errors[0]?.id).toMatch(/9000031/)
  })

  it('a corrupt zip entry is reported; the other entries of the zip land', async () => {
    const file = join(dir, 'ipg-corrupt.zip')
    await zipOf(
      {
        'a.xml': miniGrant('09000040'),
        'b.xml': miniGrant('09000041'),
        'c.xml': miniGrant('09000042'),
      },
      file,
    )
    const bytes = readFileSync(file)
    // Damage the middle of entry b's compressed data (found by its local header name).
    const at = bytes.indexOf(Buffer.from('b.xml')) + 40
    for (let i = 0; i < 16; i++) {
      bytes[at + i] = bytes[at + i]! ^ 0xff
    }
    writeFileSync(file, bytes)
    const { run, summary } = ingestJson([file, '--db', db])
    expect(run.code).toBe(0)
    expect(summary.documents).toBe(2)
    expect(summary.failed).toBe(1)
    expect(summary.errors[0]?.file).toContain('ipg-corrupt.zip!b.xml')
    expect(summary.errors[0]?.reason).toMatch(/corrupt zip entry/i)
  })

  it('exit code is 0 when only some documents failed, 1 with --strict', () => {
    const file = join(dir, 'ipg-strict.xml')
    writeFileSync(file, miniGrant('09000050') + miniGrant('09000051').slice(0, 900))
    const plain = runCli(['ingest', file, '--db', join(dir, 'strict.db'), '--json'])
    expect(plain.code).toBe(0)
    const strict = runCli(['ingest', file, '--db', join(dir, 'strict2.db'), '--json', '--strict'])
    expect(strict.code).toBe(1)
  })

  it('a missing path is reported and the other paths still land', () => {
    const file = join(dir, 'ipg-ok.xml')
    writeFileSync(file, miniGrant('09000060'))
    const { summary } = ingestJson([join(dir, 'does-not-exist.xml'), file, '--db', db])
    expect(summary.documents).toBe(1)
    expect(summary.failed).toBe(1)
    expect(summary.errors[0]?.reason).toMatch(/ENOENT|no such file/i)
  })

  it('show accepts any spelling and exits 3 for an unknown number', () => {
    for (const spelling of ['US09000001B2', 'US 9,000,001 B2', 'US-9000001-B2', 'us9000001']) {
      const r = runCli(['show', spelling, '--db', db, '--json'])
      expect(r.code, `${spelling}: ${r.stderr}`).toBe(0)
      expect((JSON.parse(r.stdout) as { id: string }).id).toBe('US-9000001-B2')
    }
    const missing = runCli(['show', 'US1234567B1', '--db', db])
    expect(missing.code).toBe(3)
    expect(missing.stderr).toMatch(/not found/)
    const invalid = runCli(['show', 'hello', '--db', db])
    expect(invalid.code).toBe(2)
  })
})
