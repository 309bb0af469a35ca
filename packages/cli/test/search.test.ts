import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestJson, runCli, tempDir } from './helpers/run-cli.js'

const FIXTURES = resolve(
  import.meta.dirname,
  '../../core/src/ingest/formats/google-patents-bq/fixtures',
)

interface SearchJson {
  total: number
  results: {
    publication_number: string
    score: number
    title: string | null
    family_id: string | null
    snippet: string
  }[]
}

describe('chuhai search', () => {
  const dir = tempDir()
  const db = join(dir, 'search.db')
  ingestJson([FIXTURES, '--db', db])

  it('ranks prose, one hit per family, as JSON with snippets', () => {
    const run = runCli(['search', 'a torque-controlled robot joint', '--db', db, '--json'])
    expect(run.code).toBe(0)
    const page = JSON.parse(run.stdout) as SearchJson
    const families = page.results.map((r) => r.family_id)
    expect(new Set(families).size).toBe(families.length)
    expect(page.results[0]!.snippet).toMatch(/<em>[Tt]orque<\/em>/u)
    const all = JSON.parse(
      runCli(['search', 'torque robot joint', '--db', db, '--json', '--all-members']).stdout,
    ) as SearchJson
    expect(all.results.length).toBeGreaterThan(page.results.length)
  })

  it('filters by country and date, and prints text with facets', () => {
    const us = JSON.parse(
      runCli(['search', 'robot joint', '--db', db, '--json', '--all-members', '--country', 'EP'])
        .stdout,
    ) as SearchJson
    expect(us.results.map((r) => r.publication_number)).toEqual(['EP-3792345-A1'])
    const early = JSON.parse(
      runCli(['search', 'robot joint', '--db', db, '--json', '--before', '2019-01-01']).stdout,
    ) as SearchJson
    expect(early.results).toEqual([])
    const text = runCli(['search', 'ti:(robot AND joint)', '--db', db, '--all-members'])
    expect(text.stdout).toMatch(/results/u)
    expect(text.stdout).toMatch(/country: /u)
  })

  it('reports query syntax errors with the column and exit code 2', () => {
    const run = runCli(['search', 'ti:(robot AND', '--db', db])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /column 14: expected a word, "phrase", field or "\(", found end of query/u,
    )
  })

  it('--batch answers every good line in order and reports bad ones with their line number', () => {
    const file = join(dir, 'batch.jsonl')
    writeFileSync(
      file,
      [
        JSON.stringify({
          id: 'q1',
          text: 'torque controlled robot joint',
          before: 20200101,
          exclude: ['US-2021078168-A1'],
        }),
        '{not json',
        JSON.stringify({ id: 'q2', text: 'robot joint torque sensor', before: '2019-09-14' }),
        JSON.stringify({ id: 'q3', text: 'robot', before: 'yesterday' }),
        JSON.stringify({ id: 'q4', text: 'robot joint', before: '1990-01-01' }),
      ].join('\n'),
    )
    const run = runCli(['search', '--batch', file, '--db', db, '--limit', '10'])
    expect(run.code).toBe(1)
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; results: string[] })
    expect(lines.map((l) => l.id)).toEqual(['q1', 'q2', 'q4'])
    expect(lines[0]!.results).not.toContain('US-2021078168-A1')
    expect(lines[0]!.results).toContain('EP-3792345-A1')
    expect(lines[1]!.results).not.toContain('TW-202112345-A')
    expect(lines[2]!.results).toEqual([])
    expect(run.stderr).toMatch(/line 2: invalid JSON/u)
    expect(run.stderr).toMatch(/line 4: before: before must be YYYYMMDD or YYYY-MM-DD/u)
  })

  it('a Chinese query finds English and Chinese documents; the query language is not translated', () => {
    const zhDir = tempDir()
    const file = join(zhDir, 'mixed.jsonl')
    const doc = (id: string, lang: string, title: string, abstract: string): string =>
      JSON.stringify({
        publication_number: id,
        country_code: id.slice(0, 2),
        kind_code: id.split('-')[2],
        title_localized: [{ text: title, language: lang, truncated: false }],
        abstract_localized: [{ text: abstract, language: lang, truncated: false }],
        publication_date: 20200102,
        priority_date: 20190101,
      })
    writeFileSync(
      file,
      [
        doc(
          'CN-111111111-A',
          'zh',
          '一种多车编队速度规划方法',
          '构建汽车编队的位移方程，以最小化能耗为目标规划车速。',
        ),
        doc(
          'US-10000001-B2',
          'en',
          'Speed planning for a vehicle platoon',
          'A platoon of vehicles plans its speed to minimise energy consumption.',
        ),
        doc('US-10000002-B2', 'en', 'Ultrasound probe', 'A piezoelectric transducer array.'),
      ].join('\n') + '\n',
    )
    const zhDb = join(zhDir, 'zh.db')
    ingestJson([file, '--db', zhDb])
    const ids = (args: string[]): string[] =>
      (
        JSON.parse(runCli(['search', ...args, '--db', zhDb, '--json']).stdout) as SearchJson
      ).results.map((r) => r.publication_number)
    const prose = ids(['车辆编队的速度规划'])
    expect(prose).toEqual(expect.arrayContaining(['CN-111111111-A', 'US-10000001-B2']))
    expect(prose).not.toContain('US-10000002-B2')
    // Fields and operators are searched as written, never translated.
    expect(ids(['ti:速度规划'])).toEqual(['CN-111111111-A'])
    // Filters written in a Chinese prose query stay filters.
    expect(ids(['车辆编队的速度规划 cc:US'])).toEqual(['US-10000001-B2'])
  })
})
