import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, tempDir } from './helpers/run-cli.js'

const dir = tempDir('chuhai-claims-')

function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

interface ClaimOut {
  number: number
  depends_on: number[]
  independent: boolean
  category: string
  preamble: string
  transition: string
  elements: string[]
}

describe('chuhai claims parse', () => {
  it('--text --json: numbering, dependencies, parts and elements', () => {
    const path = file(
      'en.txt',
      '1. A lamp comprising: a bulb; and a steel base.\n2. The lamp of claim 1, wherein the bulb is an LED.\n3. The lamp of claim 1 or 2, further comprising a switch.\n',
    )
    const run = runCli(['claims', 'parse', '--text', path, '--json'])
    expect(run.code, run.stderr).toBe(0)
    const out = JSON.parse(run.stdout) as { claims: ClaimOut[] }
    expect(out.claims.map((c) => [c.number, c.depends_on, c.independent])).toEqual([
      [1, [], true],
      [2, [1], false],
      [3, [1, 2], false],
    ])
    expect(out.claims[0]).toMatchObject({
      preamble: 'A lamp',
      transition: 'comprising',
      elements: ['a bulb', 'a steel base'],
    })
  })

  it('--lang zh reads Chinese claims; text output labels the elements', () => {
    const path = file(
      'zh.txt',
      '1. 一种灯，包括：灯泡；和底座。\n2. 如权利要求1所述的灯，其中所述灯泡为LED。',
    )
    const run = runCli(['claims', 'parse', '--text', path, '--lang', 'zh'])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('1a    灯泡')
    expect(run.stdout).toContain('depends on 1')
  })

  it('--batch: one line out per line in, bad lines named and the rest still parsed', () => {
    const path = file(
      'batch.jsonl',
      [
        JSON.stringify({
          id: 'a',
          text: '1. A cup comprising a handle.\n2. The cup of claim 1, wherein the handle is round.',
        }),
        '{"id": "b"}',
        'not json',
        JSON.stringify({ id: 'c', text: '【請求項1】\nセンサと、\nを備えるロボット。' }),
      ].join('\n'),
    )
    const run = runCli(['claims', 'parse', '--batch', path])
    expect(run.code).toBe(1)
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id?: string; claims?: ClaimOut[]; error?: string })
    expect(lines.map((l) => l.id ?? null)).toEqual(['a', 'b', null, 'c'])
    expect(lines[0]!.claims!.map((c) => c.depends_on)).toEqual([[], [1]])
    expect(lines[1]!.error).toMatch(/^line 2: text:/u)
    expect(lines[2]!.error).toMatch(/^line 3: not JSON/u)
    expect(lines[3]!.claims![0]).toMatchObject({ transition: 'を備える', elements: ['センサ'] })
    expect(run.stderr).toContain('line 2')
  })

  it('refuses an unknown --lang and a file without claims', () => {
    expect(runCli(['claims', 'parse', '--text', file('x.txt', 'x'), '--lang', 'fr']).code).toBe(2)
    const empty = runCli(['claims', 'parse', '--text', file('empty.txt', '  \n')])
    expect(empty.code).toBe(2)
    expect(empty.stderr).toContain('no claims in')
  })
})
