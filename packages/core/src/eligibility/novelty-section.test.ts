import { describe, expect, it } from 'vitest'
import { ChuhaiError } from '../errors.js'
import type { NoveltyHintProvider, NoveltyHintRequest } from './novelty-hints.js'
import { findNoveltyHints } from './novelty-section.js'
import { rankHints, scoreDisclosure } from './novelty/disclosure.js'
import { buildCandidateQuery, elementTerms } from './novelty/query.js'
import type { HintDocument } from './novelty/types.js'

const DOCS: HintDocument[] = [
  { publicationNumber: 'US-1-B2', texts: { abstract: 'A robot with a camera and joint motors.' } },
  { publicationNumber: 'US-2-B2', texts: { abstract: 'A camera tripod.' } },
]

/** An in-memory provider: every document is a candidate. */
function memoryProvider(seen: NoveltyHintRequest[] = []): NoveltyHintProvider {
  return {
    id: 'memory',
    hints: (request) => {
      seen.push(request)
      const elements = elementTerms(request.elements)
      const hints = DOCS.map((d) => scoreDisclosure(elements, d))
      return Promise.resolve({
        hints: rankHints(hints).slice(0, request.limit),
        query: buildCandidateQuery(elements),
        searched: DOCS.length,
      })
    },
  }
}

describe('findNoveltyHints', () => {
  it('maps the first independent claim, preamble first, and says it is a keyword search', async () => {
    const seen: NoveltyHintRequest[] = []
    const section = await findNoveltyHints(
      '1. A robot comprising: a camera; and joint motors.\n2. The robot of claim 1, wherein the camera is stereo.',
      memoryProvider(seen),
      { limit: 1, before: '2020-01-01' },
    )
    expect(seen[0]).toMatchObject({ limit: 1, before: '2020-01-01', lang: 'en' })
    expect(seen[0]!.elements.map((e) => e.text)).toEqual(['robot', 'a camera', 'joint motors.'])
    expect(section).toMatchObject({ status: 'searched', provider: 'memory', claim: 1, searched: 2 })
    if (section.status !== 'searched') {
      throw new Error('not searched')
    }
    expect(section.hints.map((h) => h.publicationNumber)).toEqual(['US-1-B2'])
    expect(section.hints[0]!.coveredElements).toBe(3)
    expect(section.notice).toMatch(/keyword search.*not a novelty/u)
    expect(section.query).toEqual(expect.arrayContaining(['camera', 'motors']))
  })

  it('reports in Chinese, and a claim without searchable terms is not searched', async () => {
    const provider: NoveltyHintProvider = {
      id: 'empty',
      hints: () =>
        Promise.resolve({ hints: [], query: { operator: 'or', terms: [] }, searched: 0 }),
    }
    const section = await findNoveltyHints('1. 一种电池。', provider, { lang: 'zh' })
    expect(section.status).toBe('unavailable')
    expect(section.status === 'unavailable' && section.reason).toMatch(/未检索/u)
    const zh = await findNoveltyHints('1. A robot comprising a camera.', memoryProvider(), {
      lang: 'zh',
    })
    expect(zh.status === 'searched' && zh.notice).toMatch(/并非新颖性或创造性意见/u)
  })

  it('throws ELIGIBILITY_NO_CLAIMS for empty text', async () => {
    await expect(findNoveltyHints('  ', memoryProvider())).rejects.toBeInstanceOf(ChuhaiError)
  })
})
