import { describe, expect, it } from 'vitest'
import { diffItem, expiryAlert, type WatchItemState } from './item-state.js'
import { isDue, nextRunAfter } from './schedule.js'
import { cpcRange, parseWatch } from './watch.js'
import { compileWatchQuery } from './watch-query.js'

const state = (over: Partial<WatchItemState> = {}): WatchItemState => ({
  id: 'US-11000000-B2',
  country: 'US',
  stage: 'grant',
  pubDate: '2021-06-01',
  grantDate: '2021-06-01',
  application: 'US:16000000',
  family: null,
  status: null,
  statusDate: null,
  title: 'Neural network pruning',
  applicant: 'NVIDIA CORPORATION',
  ...over,
})
const none = { previous: undefined, applicationKnown: false, familyKnown: false, citesOurs: [] }

describe('watch definition', () => {
  it('normalises CPC prefixes and covers exactly their subtree', () => {
    expect(parseWatch({ name: 'w', cpc: ['g06n3/08', 'G06N'] }).cpc).toEqual(['G06N 3/08', 'G06N'])
    const inRange = (prefix: string, symbol: string) => {
      const [lo, hi] = cpcRange(prefix)
      return symbol >= lo && symbol < hi
    }
    expect(inRange('G06N', 'G06N 99/00')).toBe(true)
    expect(inRange('G06N', 'G06F 9/50')).toBe(false)
    expect(inRange('G06N 3', 'G06N 3/08')).toBe(true)
    expect(inRange('G06N 3', 'G06N 30/00')).toBe(false)
    expect(inRange('G06N 3/08', 'G06N 3/084')).toBe(true)
    expect(inRange('G06N 3/08', 'G06N 3/09')).toBe(false)
  })
})

describe('cron schedule', () => {
  const day = Date.parse('2026-12-01T06:00:00Z')
  it('finds the next slot and counts a missed slot once', () => {
    expect(new Date(nextRunAfter('0 7 * * *', day)).toISOString()).toBe('2026-12-01T07:00:00.000Z')
    expect(new Date(nextRunAfter('0 7 * * 1', day)).toISOString()).toBe('2026-12-07T07:00:00.000Z')
    expect(isDue('0 7 * * *', undefined, day)).toBe(true)
    expect(isDue('0 7 * * *', day, day + 30 * 60_000)).toBe(false)
    expect(isDue('0 7 * * *', day, day + 3 * 86_400_000)).toBe(true)
    expect(new Date(nextRunAfter('0 7 * * *', day, 'Asia/Shanghai')).toISOString()).toBe(
      '2026-12-01T23:00:00.000Z',
    )
  })
})

describe('diffItem', () => {
  it('raises one alert of the right kind per change', () => {
    expect(diffItem(state(), none).map((a) => a.kind)).toEqual(['new_publication'])
    expect(diffItem(state(), { ...none, applicationKnown: true }).map((a) => a.kind)).toEqual([
      'grant',
    ])
    expect(
      diffItem(state({ id: 'EP-3000000-A1', country: 'EP' }), { ...none, familyKnown: true })[0],
    ).toMatchObject({
      kind: 'family_member',
      summary: expect.stringContaining('New family member in EP') as string,
    })
    expect(diffItem(state(), { ...none, citesOurs: ['US-9000000'] })[0]!.kind).toBe('citation')
    const prev = state({ stage: 'application', grantDate: null })
    expect(diffItem(state(), { ...none, previous: prev }).map((a) => a.kind)).toEqual(['grant'])
    const lapsed = state({ status: 'lapsed', statusDate: '2026-11-30' })
    expect(diffItem(lapsed, { ...none, previous: state() })).toEqual([
      expect.objectContaining({
        kind: 'status_change',
        date: '2026-11-30',
        discriminator: 'lapsed@2026-11-30',
      }),
    ])
    expect(diffItem(state({ title: 'corrected' }), { ...none, previous: state() })).toEqual([])
  })

  it('warns of expiry within the horizon only', () => {
    expect(expiryAlert(state(), '2027-03-01', '2026-12-01', 180)?.kind).toBe('expiry_approaching')
    expect(expiryAlert(state(), '2027-12-01', '2026-12-01', 180)).toBeUndefined()
    expect(expiryAlert(state(), '2026-11-01', '2026-12-01', 180)).toBeUndefined()
    expect(
      expiryAlert(state({ stage: 'application' }), '2027-03-01', '2026-12-01', 180),
    ).toBeUndefined()
  })
})

describe('compileWatchQuery', () => {
  it('compiles the search syntax to a Boolean FTS5 expression', () => {
    expect(compileWatchQuery('robot AND gait')).toBe('("robot" AND "gait")')
    expect(compileWatchQuery('robot gait')).toBe('("robot" AND "gait")')
    expect(compileWatchQuery('ti:(robot OR drone) NOT wheel*')).toBe(
      '((title : ("robot" OR "drone")) NOT "wheel"*)',
    )
    expect(compileWatchQuery('"neural network" AND lidar')).toBe('("neural network" AND "lidar")')
  })

  it('refuses keyword fields and syntax errors with the option or position', () => {
    expect(() => compileWatchQuery('robot AND pa:nvidia')).toThrow(/pa: belongs in --applicant/)
    expect(() => parseWatch({ name: 'q', query: 'robot AND (gait' })).toThrow(/./)
  })
})
