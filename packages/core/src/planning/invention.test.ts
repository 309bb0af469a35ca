import { describe, expect, it } from 'vitest'
import { ChuhaiError } from '../errors.js'
import { parseInvention } from './invention.js'

function problem(text: string): string {
  try {
    parseInvention(text)
  } catch (error) {
    expect(error).toBeInstanceOf(ChuhaiError)
    expect((error as ChuhaiError).code).toBe('PLAN_INVALID_INVENTION')
    return (error as Error).message
  }
  throw new Error('expected an error')
}

describe('parseInvention', () => {
  it('reads a minimal file and keeps the optional fields', () => {
    const inv = parseInvention(
      JSON.stringify({
        title: '足式机器人',
        priorityDate: '2024-02-29',
        markets: ['us', 'EP'],
        claims: 12,
        overrides: { market: { US: { value: 1, status: 'secondary' } } },
      }),
    )
    expect(inv).toMatchObject({
      title: '足式机器人',
      priorityDate: '2024-02-29',
      markets: ['us', 'EP'],
      claims: 12,
    })
    expect(inv.overrides?.market?.US).toEqual({ value: 1, status: 'secondary' })
  })

  it.each([
    ['{"title": "x"', /invention file: \(file\): not valid JSON/],
    ['[]', /invention file: \(root\): /],
    ['{"priorityDate": "2025-05-20"}', /invention file: title: required field missing/],
    [
      '{"title": "Robot", "priorityDate": "2025-02-30"}',
      /invention file: priorityDate: "2025-02-30" is not a valid date \(February 2025 has 28 days\)/,
    ],
    [
      '{"title": "Robot", "priorityDate": "20.5.2025"}',
      /priorityDate: "20.5.2025" is not a valid date \(expected YYYY-MM-DD\)/,
    ],
    [
      '{"title": "Robot", "priorityDate": "2025-05-20", "claims": "twenty"}',
      /invention file: claims: /,
    ],
    [
      '{"title": "Robot", "priorityDate": "2025-05-20", "markts": ["US"]}',
      /invention file: \(root\): unknown field\(s\) "markts"/,
    ],
    [
      '{"title": "Robot", "priorityDate": "2025-05-20", "weights": {"price": 1}}',
      /invention file: weights: unknown field\(s\) "price"/,
    ],
    [
      '{"title": "Robot", "priorityDate": "2025-05-20", "overrides": {"fees": [{"office": "US", "item": "x", "value": -1, "currency": "USD"}]}}',
      /invention file: overrides\.fees\.0\.value: /,
    ],
  ])('%s names the field', (text, message) => {
    expect(problem(text)).toMatch(message)
  })
})
