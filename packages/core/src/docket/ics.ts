import type { DocketDeadline } from './docket-deadline.js'
import { DOCKET_KIND_LABELS } from './labels.js'
import type { Matter } from './matter.js'
import { DEFAULT_LEAD_DAYS } from './reminders.js'

/** Options of `renderIcs`. */
export interface IcsOptions {
  /** DTSTAMP instant (ms since the epoch), from the injected clock. */
  readonly now: number
  /** Reminders (VALARM) this many days before each deadline. Default is `[30, 7]`. */
  readonly leadDays?: readonly number[]
  /** Calendar name shown by calendar applications. Default is `Chuhai docket`. */
  readonly name?: string
  /** Include deadlines marked done. Default is `false`. */
  readonly includeDone?: boolean
}

/** Escapes an RFC 5545 TEXT value: backslash, semicolon, comma, newline. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n')
}

const encoder = new TextEncoder()

/** Folds a content line at 75 octets (RFC 5545 §3.1) without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const size = encoder.encode(ch).length
    const limit = parts.length === 0 ? 75 : 74
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const compact = (date: string): string => date.replace(/-/g, '')

function stamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

function vevent(
  d: DocketDeadline,
  matter: Matter | undefined,
  options: IcsOptions,
  dtstamp: string,
): string[] {
  const what = DOCKET_KIND_LABELS.en[d.kind]
  const title = matter ? ` ${matter.title}` : ''
  const description = [
    `${what}: ${d.matterId}${title} (family ${d.family}, ${d.office})`,
    `Due: ${d.due}${d.rawDue !== d.due ? ` (period ends ${d.rawDue}, extended)` : ''}; ${d.period}`,
    `Legal basis: ${d.basis}`,
    `Status: ${d.status}${d.estimated ? ' (estimated date)' : ''}`,
    `Source: ${d.source}`,
    `Rules version: ${d.rulesVersion}`,
    ...d.notes.map((n) => `Note: ${n}`),
  ].join('\n')
  const uid = [d.matterId, d.kind, d.eventId ?? d.office, d.due].join('-')
  const alarms = (options.leadDays ?? DEFAULT_LEAD_DAYS).flatMap((days) => [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(`${what} due in ${days} days: ${d.matterId} (${d.office})`)}`,
    `TRIGGER:-P${days}D`,
    'END:VALARM',
  ])
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}@chuhai.docket`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${compact(d.due)}`,
    `DTEND;VALUE=DATE:${compact(nextDay(d.due))}`,
    `SUMMARY:${escapeText(`[${d.office}] ${what} — ${d.matterId}${title}`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `CATEGORIES:PATENT,${d.kind.toUpperCase()}`,
    `STATUS:${d.estimated ? 'TENTATIVE' : 'CONFIRMED'}`,
    'TRANSP:TRANSPARENT',
    ...alarms,
    'END:VEVENT',
  ]
}

/**
 * An RFC 5545 calendar of docket deadlines: one all-day VEVENT per open deadline (UID, DTSTAMP,
 * DTSTART;VALUE=DATE, SUMMARY, DESCRIPTION with legal basis, status and source) with a VALARM per
 * lead time; CRLF line endings, lines folded at 75 octets, TEXT values escaped.
 */
export function renderIcs(
  deadlines: readonly DocketDeadline[],
  matters: readonly Matter[],
  options: IcsOptions,
): string {
  const byId = new Map(matters.map((m) => [m.id, m]))
  const dtstamp = stamp(options.now)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Chuhai//Docket 0.1//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name ?? 'Chuhai docket')}`,
    ...deadlines
      .filter((d) => options.includeDone || !d.done)
      .flatMap((d) => vevent(d, byId.get(d.matterId), options, dtstamp)),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
