import { buildPatentRecord } from '@chuhai/core/testing'
import { hintElements, type NoveltyHintRequest } from '@chuhai/core/novelty'
import { splitClaims } from '@chuhai/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ftsAnyOf, quoteFtsTerm } from './sqlite-novelty-hints.js'
import { createSqliteStore, type SqlitePatentStore } from './sqlite-patent-store.js'

function record(
  id: string,
  date: string,
  texts: { title: string; abstract: string; description: string; claim: string },
) {
  const [country = 'US', number = '', kind = 'B2'] = id.split('-')
  return buildPatentRecord({
    id,
    publication: { country, number, kind, date },
    grantDate: date,
    titles: [{ lang: 'en', text: texts.title }],
    abstracts: [{ lang: 'en', text: texts.abstract }],
    descriptions: [{ lang: 'en', text: texts.description }],
    claims: [
      {
        lang: 'en',
        claims: [{ number: 1, text: `1. ${texts.claim}`, dependsOn: [], independent: true }],
      },
    ],
  })
}

const FULL = record('US-20000001-B2', '2015-01-06', {
  title: 'Battery balancing in a legged robot',
  abstract: 'A legged robot carries a lithium-ion battery of several cells.',
  description:
    'A controller balances the charge of the cells.\nEach leg joint has a torque sensor.',
  claim: 'A legged robot comprising a lithium-ion battery and a torque sensor.',
})
const NO_SENSOR = record('US-20000002-B2', '2019-03-05', {
  title: 'Charge balancing for robots',
  abstract: 'A legged robot has a lithium-ion battery made of cells.',
  description: 'A controller balances the charge of the cells while the robot walks.',
  claim: 'A robot comprising a battery of cells and a balancing controller.',
})
const SENSOR_ONLY = record('US-20000003-B2', '2012-05-01', {
  title: 'Joint torque sensing',
  abstract: 'A torque sensor for a robot joint.',
  description: 'Strain gauges measure the torque of the joint.',
  claim: 'A torque sensor comprising strain gauges.',
})
const BLENDER = record('US-20000004-B2', '2010-02-02', {
  title: 'Kitchen blender',
  abstract: 'A blender with a glass jar and steel blades.',
  description: 'The motor turns the blades.',
  claim: 'A blender comprising a jar and blades.',
})

const CLAIM =
  '1. A legged robot comprising: a lithium-ion battery having cells; a controller balancing the charge of the cells; and a torque sensor on each leg joint.'

function request(claims: string, extra: Partial<NoveltyHintRequest> = {}): NoveltyHintRequest {
  const split = splitClaims(claims)
  return { claims: split, elements: hintElements(split[0]!), lang: 'en', limit: 5, ...extra }
}

describe('SqliteNoveltyHints', () => {
  let store: SqlitePatentStore
  beforeAll(async () => {
    store = createSqliteStore({ path: ':memory:' })
    await store.upsert([FULL, NO_SENSOR, SENSOR_ONLY, BLENDER])
  })
  afterAll(() => store.close())

  it('ranks the document disclosing every element first, all yes', async () => {
    const result = await store.noveltyHints().hints(request(CLAIM))
    expect(result.searched).toBe(4)
    expect(result.hints.map((h) => h.publicationNumber)).toEqual([
      FULL.id,
      NO_SENSOR.id,
      SENSOR_ONLY.id,
    ])
    const [top, second] = result.hints
    expect(top!.elements.map((e) => e.status)).toEqual(['yes', 'yes', 'yes', 'yes'])
    expect(top).toMatchObject({ coveredElements: 4, totalElements: 4, date: '2015-01-06' })
    expect(top!.title).toBe('Battery balancing in a legged robot')
    expect(second!.elements[3]).toMatchObject({ status: 'no' })
    expect(result.query.terms.map((t) => t.surface)).not.toContain('blender')
  })

  it('honours the cut-off date and the limit', async () => {
    const result = await store.noveltyHints().hints(request(CLAIM, { before: '2016-01-01' }))
    expect(result.hints.map((h) => h.publicationNumber)).toEqual([FULL.id, SENSOR_ONLY.id])
    const one = await store.noveltyHints().hints(request(CLAIM, { limit: 1 }))
    expect(one.hints.map((h) => h.publicationNumber)).toEqual([FULL.id])
    const none = await store.noveltyHints().hints(request(CLAIM, { before: '2000-01-01' }))
    expect(none.hints).toEqual([])
  })

  it('survives hostile claim text: quotes, NEAR, *, :, ^, parentheses, operators', async () => {
    const hostile =
      '1. A robot" comprising: NEAR(torque sensor, 3); title:battery* ^legged AND OR NOT (("; "\'; DROP TABLE publications; --'
    const result = await store.noveltyHints().hints(request(hostile))
    expect(result.hints.length).toBeGreaterThan(0)
    expect(await store.count()).toBe(4)
  })

  it('quotes FTS5 terms so that syntax characters stay literal', async () => {
    expect(quoteFtsTerm('say "hi"')).toBe('"say ""hi"""')
    const match = ftsAnyOf(['torque"', 'NEAR', 'batt*', 'title:robot', '(', 'AND', '^legged'])
    await expect(store.matchIds(match)).resolves.toEqual(expect.arrayContaining([FULL.id]))
    await expect(store.matchIds(ftsAnyOf(['"', ':', '*']))).resolves.toEqual([])
  })

  it('searches nothing for claims without searchable terms (CJK until the index segments it)', async () => {
    const result = await store
      .noveltyHints()
      .hints(request('1. 一种电池管理系统，包括温度传感器。'))
    expect(result.query.terms).toEqual([])
    expect(result.hints).toEqual([])
  })
})
