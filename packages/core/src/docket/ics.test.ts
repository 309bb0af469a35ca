import { describe, expect, it } from 'vitest'
import type { DocketDeadline } from './docket-deadline.js'
import { escapeText, foldLine, renderIcs } from './ics.js'

const deadline: DocketDeadline = {
  matterId: 'M1',
  family: 'F1',
  office: 'CN',
  kind: 'oa_response',
  due: '2026-06-10',
  rawDue: '2026-06-10',
  period: '4 months',
  basis: 'Implementing Regulations r. 6(4); Guidelines Part II ch. 8',
  source: 'EPO FAQ (https://www.epo.org/x), practitioner FAQ',
  status: 'secondary',
  rulesVersion: '2026.11.1',
  notes: ['第一次审查意见通知书; extension 1 or 2 months'],
  done: false,
  estimated: false,
  daysLeft: 10,
}

describe('ICS (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and newline', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne')
  })

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'专利'.repeat(40)}`
    const folded = foldLine(line).split('\r\n')
    expect(folded.length).toBeGreaterThan(1)
    for (const part of folded) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75)
    }
    expect(folded.slice(1).every((p) => p.startsWith(' '))).toBe(true)
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line)
  })

  it('writes VEVENTs with UID, DTSTAMP, all-day DTSTART, basis and status, VALARMs, CRLF', () => {
    const ics = renderIcs([deadline, { ...deadline, kind: 'annuity', done: true }], [], {
      now: Date.parse('2026-06-01T08:30:00Z'),
      leadDays: [30, 7],
    })
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/)
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/)
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1)
    expect(ics).toContain('UID:M1-oa_response-CN-2026-06-10@chuhai.docket')
    expect(ics).toContain('DTSTAMP:20260601T083000Z')
    expect(ics).toContain('DTSTART;VALUE=DATE:20260610')
    expect(ics).toContain('DTEND;VALUE=DATE:20260611')
    expect(ics.match(/TRIGGER:-P(30|7)D/g)).toEqual(['TRIGGER:-P30D', 'TRIGGER:-P7D'])
    const unfolded = ics.replace(/\r\n /g, '')
    expect(unfolded).toMatch(
      /DESCRIPTION:.*Legal basis: Implementing Regulations r\. 6\(4\)\\; Guidelines/,
    )
    expect(unfolded).toMatch(/Status: secondary/)
  })
})
