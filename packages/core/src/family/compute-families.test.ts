import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitFile } from '../testing/golden.js'
import { hasShared, NO_SHARED, sharedPath } from '../testing/shared-data.js'
import type { PatentRecord } from '../model/patent.js'
import { parseDocument } from '../ingest/parse-document.js'
import { computeFamilies } from './compute-families.js'
import { familyDisagreements } from './family-agreement.js'
import { familyKey, familyKeys } from './family-keys.js'

describe('computeFamilies', () => {
  it('puts the same priority set in one simple family and shared priorities in one extended family', () => {
    const f = computeFamilies([
      { id: 'US-1-B2', keys: ['US:100'] },
      { id: 'EP-2-A1', keys: ['US:100'] },
      { id: 'CN-3-A', keys: ['US:100', 'US:200'] },
      { id: 'JP-4-A', keys: ['US:200'] },
      { id: 'KR-5-A', keys: ['KR:999'] },
    ])
    expect(f.get('US-1-B2')).toEqual({ simple: 'US:100', extended: 'US:100' })
    expect(f.get('EP-2-A1')).toEqual(f.get('US-1-B2'))
    expect(f.get('CN-3-A')).toEqual({ simple: 'US:100+US:200', extended: 'US:100' })
    expect(f.get('JP-4-A')).toEqual({ simple: 'US:200', extended: 'US:100' })
    expect(f.get('KR-5-A')).toEqual({ simple: 'KR:999', extended: 'KR:999' })
  })

  it('survives family loops and self-references, and does not depend on order', () => {
    const loop = [
      { id: 'A', keys: ['XX:1', 'XX:2'] },
      { id: 'B', keys: ['XX:2', 'XX:3'] },
      { id: 'C', keys: ['XX:3', 'XX:1'] },
      { id: 'D', keys: ['XX:4', 'XX:4'] },
    ]
    const forward = computeFamilies(loop)
    const backward = computeFamilies([...loop].reverse())
    expect([...forward.values()].map((f) => f.extended)).toEqual(['XX:1', 'XX:1', 'XX:1', 'XX:4'])
    for (const { id } of loop) {
      expect(backward.get(id)).toEqual(forward.get(id))
    }
    expect(forward.get('D')?.simple).toBe('XX:4')
  })

  it('handles a long chain without deep recursion', () => {
    const chain = Array.from({ length: 50_000 }, (_, i) => ({
      id: `P${i}`,
      keys: [`ZZ:${i}`, `ZZ:${i + 1}`],
    }))
    const f = computeFamilies(chain)
    expect(new Set([...f.values()].map((x) => x.extended)).size).toBe(1)
  })
})

describe('familyKeys', () => {
  it('normalises separators and falls back to the own application, then the publication', () => {
    expect(familyKey('us', '62/900,001')).toBe('US:62900001')
    expect(familyKey('US', '--')).toBe('')
    const base = {
      id: 'US-1-B2',
      publication: { country: 'US', number: '1' },
      documentType: 'utility' as const,
      stage: 'grant' as const,
      priorityClaims: [],
      titles: [],
      abstracts: [],
      descriptions: [],
      claims: [],
      parties: { applicants: [], assignees: [], inventors: [], agents: [], examiners: [] },
      classifications: [],
      citations: [],
      relatedDocuments: [],
      source: { format: 'test' },
    }
    expect(familyKeys(base)).toEqual(['PUB:US-1-B2'])
    expect(familyKeys({ ...base, application: { country: 'US', number: '16/123,456' } })).toEqual([
      'US:16123456',
    ])
    expect(
      familyKeys({
        ...base,
        application: { country: 'US', number: '16123456' },
        priorityClaims: [{ country: 'CN', number: '2019 1087 0001.X' }],
        relatedDocuments: [
          { relation: 'provisional', document: { country: 'US', number: '62/900,001' } },
        ],
      }),
    ).toEqual(['CN:201910870001', 'US:62900001'])
  })
})

describe('DOCDB families and computed families agree where both exist', () => {
  it('on the full-schema BigQuery rows (family_id and priority_claim)', () => {
    const file = join(
      import.meta.dirname,
      '../ingest/formats/google-patents-bq/fixtures/bq-full-schema.jsonl',
    )
    const records = splitFile(readFileSync(file)).map((d) => parseDocument(d.bytes, {}).record!)
    const inputs = records.map((r) => ({
      id: r.id,
      keys: familyKeys(r),
      docdbFamily: r.family!.docdb!,
    }))
    expect(new Set(inputs.map((i) => i.docdbFamily)).size).toBe(2)
    expect(familyDisagreements(inputs)).toEqual([])
  })

  it('reports a pair on which they disagree', () => {
    expect(
      familyDisagreements([
        { id: 'A', keys: ['US:1'], docdbFamily: '10' },
        { id: 'B', keys: ['US:1'], docdbFamily: '11' },
      ]),
    ).toEqual([{ a: 'A', b: 'B', sameDocdb: false, sameComputed: true }])
  })

  // The real samples that give DOCDB family ids and priority claims: DOCDB exchange files and
  // EPO OPS answers (biblio, full cycle, INPADOC family with biblio). Their priority claims come
  // in DOCDB form (`EP 10167109`) or EPODOC form only (`EP20100167109`, OPS biblio): the
  // canonical family keys make both meet (ADR 0019).
  const SAMPLES = [
    'data/go-epo-bdds',
    'data/patent_client/patent_client/_sync/epo',
    'data/api-responses/epo_ops',
  ]
  const present = SAMPLES.every((s) => hasShared(s))
  it.skipIf(!present)(
    `on the real DOCDB and OPS samples of ../shared ${present ? '' : NO_SHARED}`,
    () => {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((n) => {
          const p = join(dir, n)
          return statSync(p).isDirectory() ? walk(p) : /\.xml$/.test(n) ? [p] : []
        })
      const records = new Map<string, PatentRecord>()
      for (const file of SAMPLES.flatMap((s) => walk(sharedPath(s)))) {
        for (const d of splitFile(readFileSync(file))) {
          const o = parseDocument(d.bytes, { text: d.text })
          for (const r of [o.record, ...(o.more ?? []), ...(o.parts ?? []).map((p) => p.record)]) {
            if (r?.family?.docdb && r.priorityClaims.length > 0) {
              records.set(r.id, r)
            }
          }
        }
      }
      const inputs = [...records.values()].map((r) => ({
        id: r.id,
        keys: familyKeys(r),
        docdbFamily: r.family!.docdb!,
      }))
      const sizes = new Map<string, number>()
      inputs.forEach((i) => sizes.set(i.docdbFamily, (sizes.get(i.docdbFamily) ?? 0) + 1))
      // 14 DOCDB exchange documents (a family each), EP 1000000's INPADOC family (7 members with
      // priority claims), EP 2400812's (5), a two-member family and 3 single OPS documents.
      expect(inputs).toHaveLength(31)
      expect([...sizes].filter(([, n]) => n > 1).sort()).toEqual([
        ['19768124', 7],
        ['43088294', 5],
        ['44533794', 2],
      ])
      // Keys as the sources spell them (before ADR 0019) do not meet across DOCDB and EPODOC forms.
      const raw = [...records.values()].map((r) => ({
        id: r.id,
        keys: r.priorityClaims.map((p) => `${p.country}:${p.number}`),
        docdbFamily: r.family!.docdb!,
      }))
      expect(familyDisagreements(raw).length).toBeGreaterThan(0)
      expect(familyDisagreements(inputs)).toEqual([])
    },
  )
})
