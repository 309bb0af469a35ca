import { mkdirSync, writeFileSync } from 'node:fs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import yazl from 'yazl'
import { walkSources } from './walk.js'
import type { IngestSource, SourceProblem } from './ingest-source.js'

async function collect(paths: string[]): Promise<(IngestSource | SourceProblem)[]> {
  const out: (IngestSource | SourceProblem)[] = []
  for await (const s of walkSources(paths)) {
    out.push(s)
  }
  return out
}

async function readAll(source: IngestSource): Promise<string> {
  const parts: Uint8Array[] = []
  for await (const c of source.stream()) {
    parts.push(c)
  }
  return Buffer.concat(parts).toString('utf8')
}

function writeZip(path: string, entries: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile()
    for (const [name, text] of Object.entries(entries)) {
      zip.addBuffer(Buffer.from(text), name)
    }
    zip.end()
    const chunks: Buffer[] = []
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c))
    zip.outputStream.on('end', () => {
      writeFileSync(path, Buffer.concat(chunks))
      resolve()
    })
    zip.outputStream.on('error', reject)
  })
}

describe('walkSources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chuhai-walk-'))
  mkdirSync(join(dir, 'b/nested'), { recursive: true })
  writeFileSync(join(dir, 'a.xml'), '<a/>')
  writeFileSync(join(dir, 'b/nested/c.xml'), '<c/>')
  writeFileSync(join(dir, '.hidden.xml'), '<h/>')
  writeFileSync(join(dir, 'b/d.xml.gz'), gzipSync(Buffer.from('<d>gzipped</d>')))

  it('walks folders recursively in sorted order and skips hidden entries', async () => {
    const sources = await collect([dir])
    const names = sources.map((s) => s.display.slice(dir.length + 1))
    expect(names).toEqual(['a.xml', 'b/d.xml.gz', 'b/nested/c.xml'])
  })

  it('decompresses gzip files by their magic bytes', async () => {
    const [gz] = (await collect([join(dir, 'b/d.xml.gz')])) as IngestSource[]
    expect(await readAll(gz!)).toBe('<d>gzipped</d>')
  })

  it('reads zip entries directly, each as its own source with a stable key', async () => {
    const zip = join(dir, 'ipg250107.zip')
    await writeZip(zip, { 'ipg250107.xml': '<x>one</x>', 'sub/other.xml': '<y>two</y>' })
    const sources = (await collect([zip])) as IngestSource[]
    expect(sources.map((s) => s.key)).toEqual([`${zip}!ipg250107.xml`, `${zip}!sub/other.xml`])
    expect(sources[1]!.size).toBe('<y>two</y>'.length)
  })

  it('streams each zip entry while the archive is being walked', async () => {
    const zip = join(dir, 'two.zip')
    await writeZip(zip, { 'one.xml': '<x>one</x>', 'two.xml': '<y>two</y>' })
    const texts: string[] = []
    for await (const s of walkSources([zip])) {
      if (!('problem' in s)) {
        texts.push(await readAll(s))
      }
    }
    expect(texts).toEqual(['<x>one</x>', '<y>two</y>'])
  })

  it('reports a missing path as a problem instead of throwing', async () => {
    const [problem] = await collect([join(dir, 'nope.xml')])
    expect(problem).toMatchObject({ problem: true })
    expect((problem as SourceProblem).reason).toMatch(/ENOENT/)
  })

  it('reports a file that claims to be a zip but is not one', async () => {
    const fake = join(dir, 'fake.zip')
    writeFileSync(fake, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 1)]))
    const [problem] = await collect([fake])
    expect(problem).toMatchObject({ problem: true })
    expect((problem as SourceProblem).reason).toMatch(/corrupt zip/i)
  })
})
