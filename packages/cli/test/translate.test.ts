import { describe, expect, it } from 'vitest'
import { runCli } from './helpers/run-cli.js'

interface Concept {
  origin: string
  weight: number
  forms: { text: string; weight: number }[]
}

describe('chuhai translate', () => {
  it('gives the same English concepts for Simplified and Traditional queries', () => {
    const hans = runCli([
      'translate',
      '--json',
      '一种超声探头，所述探头包括压电换能器阵列和卷积神经网络',
    ])
    const hant = runCli([
      'translate',
      '--json',
      '一種超音波探頭，所述探頭包括壓電換能器陣列和卷積神經網路',
    ])
    expect(hans.code, hans.stderr).toBe(0)
    expect(hant.code, hant.stderr).toBe(0)
    const origins = (out: string): string[] =>
      (JSON.parse(out) as { concepts: Concept[] }).concepts.map((c) => c.origin)
    expect(origins(hans.stdout)).toEqual(expect.arrayContaining(['探头', '压电', '卷积神经网络']))
    expect(origins(hant.stdout)).toEqual(expect.arrayContaining(['探头', '压电', '卷积神经网络']))
    expect(origins(hans.stdout)).not.toContain('所述')
  })

  it('translates English to Chinese with --to zh and prints a readable table', () => {
    const run = runCli(['translate', '--to', 'zh', 'ultrasound', 'probe', 'beamforming'])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/ultrasound probe → 超声探头 \(1\) \| 超聲探頭 \(1\)/)
    expect(run.stdout).toMatch(/beamforming → 波束形成/)
  })

  it('rejects an unknown target language', () => {
    const run = runCli(['translate', '--to', 'fr', '探头'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--to must be en or zh, not "fr"/)
  })
})
