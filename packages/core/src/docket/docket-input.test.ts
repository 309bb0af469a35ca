import { describe, expect, it } from 'vitest'
import { validateEvent, validateMatter } from './docket-input.js'

const labels = {
  office: '--office',
  filingDate: '--filing-date',
  priorityDate: '--priority-date',
  date: '--date',
  type: '--type',
  id: '--id',
  due: '--due',
}

describe('docket input', () => {
  it('normalises a matter: upper-case office, family defaults to the id, targets deduplicated', () => {
    expect(
      validateMatter(
        { id: 'CN-1', office: 'cn', title: ' Robot ', targets: ['us', 'US', 'ep'] },
        labels,
      ),
    ).toMatchObject({
      id: 'CN-1',
      family: 'CN-1',
      office: 'CN',
      title: 'Robot',
      core: false,
      targets: ['US', 'EP'],
    })
  })

  it.each([
    [
      { office: 'XX', title: 'T' },
      /--office: unknown office "XX"; valid offices: US, EP, CN, .*WO/,
    ],
    [{ office: 'UP', title: 'T' }, /--office: unknown office "UP"/],
    [
      { office: 'US', title: 'T', filingDate: '2025-13-01' },
      /--filing-date: "2025-13-01" is not a valid date \(there is no month 13\)/,
    ],
    [
      { office: 'US', title: 'T', filingDate: '2025-01-01', priorityDate: '2025-02-01' },
      /--priority-date: "2025-02-01" .*after the filing date/,
    ],
    [{ office: 'US', title: 'T', id: 'a b' }, /--id: use letters, digits/],
  ])('refuses %j', (input, message) => {
    expect(() => validateMatter(input, labels)).toThrow(message)
  })

  it.each([
    [
      { matterId: 'M1', type: 'rejection', date: '2026-01-01' },
      /--type: unknown event type "rejection"; valid types: filing, publication/,
    ],
    [
      { matterId: 'M1', type: 'grant', date: '2026-02-29' },
      /--date: "2026-02-29" is not a valid date \(February 2026 has 28 days\)/,
    ],
    [
      { matterId: 'M1', type: 'office_action', date: '2026-03-01', due: '2026-02-01' },
      /--due: .*before the event date/,
    ],
    [
      { matterId: 'M1', type: 'office_action', date: '2026-03-01', responseMonths: 0 },
      /responseMonths: expected whole months/,
    ],
  ])('refuses event %j', (input, message) => {
    expect(() => validateEvent(input, labels)).toThrow(message)
  })
})
