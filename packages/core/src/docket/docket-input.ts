import { createError } from '../errors.js'
import { dateProblem } from '../rules/deadlines/calendar-date.js'
import { OFFICE_CODES, isOfficeCode, type OfficeCode } from '../rules/jurisdictions/office-codes.js'
import {
  DOCKET_EVENT_TYPES,
  type DocketEventType,
  type NewDocketEvent,
  type NewMatter,
} from './matter.js'

/** Raw matter input, as flags give it. */
export interface MatterInput {
  readonly id?: string | undefined
  readonly family?: string | undefined
  readonly office: string
  readonly title: string
  readonly applicationNumber?: string | undefined
  readonly filingDate?: string | undefined
  readonly priorityDate?: string | undefined
  readonly core?: boolean | undefined
  readonly targets?: readonly string[] | undefined
}

/** Raw event input, as flags give it. */
export interface EventInput {
  readonly matterId: string
  readonly type: string
  readonly date: string
  readonly responseMonths?: number | undefined
  readonly due?: string | undefined
  readonly note?: string | undefined
}

type Labels = Readonly<Record<string, string>>

const label = (labels: Labels, field: string): string => labels[field] ?? field

function date(labels: Labels, field: string, value: string | undefined): string | undefined {
  const problem = value === undefined ? undefined : dateProblem(value)
  if (value !== undefined && problem) {
    throw createError('RULE_INVALID_DATE', label(labels, field), value, problem)
  }
  return value
}

function office(labels: Labels, field: string, raw: string): OfficeCode {
  const code = raw.trim().toUpperCase()
  if (!isOfficeCode(code) || code === 'UP') {
    const valid = OFFICE_CODES.filter((c) => c !== 'UP')
    throw createError('RULE_UNKNOWN_OFFICE', label(labels, field), raw, valid)
  }
  return code
}

/**
 * Checks a matter: a known office (not UP: a Unitary Patent is an EP matter's grant), real dates,
 * priority not after filing, an id of letters, digits, `-`, `_` or `.`. `labels` name the flags.
 */
export function validateMatter(input: MatterInput, labels: Labels = {}): NewMatter {
  if (input.id !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(input.id)) {
    throw createError(
      'DOCKET_INVALID_INPUT',
      label(labels, 'id'),
      'use letters, digits, ".", "_" or "-"',
    )
  }
  if (input.title.trim().length === 0) {
    throw createError('DOCKET_INVALID_INPUT', label(labels, 'title'), 'must not be empty')
  }
  const filingDate = date(labels, 'filingDate', input.filingDate)
  const priorityDate = date(labels, 'priorityDate', input.priorityDate)
  if (filingDate && priorityDate && priorityDate > filingDate) {
    const detail = `it is after the filing date ${filingDate}`
    throw createError('RULE_INVALID_DATE', label(labels, 'priorityDate'), priorityDate, detail)
  }
  const code = office(labels, 'office', input.office)
  return {
    id: input.id,
    family: input.family?.trim() || input.id || input.applicationNumber || input.title.trim(),
    office: code,
    title: input.title.trim(),
    applicationNumber: input.applicationNumber?.trim() || undefined,
    filingDate,
    priorityDate,
    core: input.core ?? false,
    targets: [...new Set((input.targets ?? []).map((t) => office(labels, 'targets', t)))],
  }
}

/** Checks an event: a known type, real dates, a due date not before the event, 1-36 months. */
export function validateEvent(input: EventInput, labels: Labels = {}): NewDocketEvent {
  if (!(DOCKET_EVENT_TYPES as readonly string[]).includes(input.type)) {
    const valid = DOCKET_EVENT_TYPES.join(', ')
    throw createError(
      'DOCKET_INVALID_INPUT',
      label(labels, 'type'),
      `unknown event type ${JSON.stringify(input.type)}; valid types: ${valid}`,
    )
  }
  const on = date(labels, 'date', input.date)!
  const due = date(labels, 'due', input.due)
  if (due !== undefined && due < on) {
    throw createError(
      'RULE_INVALID_DATE',
      label(labels, 'due'),
      due,
      `it is before the event date ${on}`,
    )
  }
  const months = input.responseMonths
  if (months !== undefined && (!Number.isInteger(months) || months < 1 || months > 36)) {
    throw createError(
      'DOCKET_INVALID_INPUT',
      label(labels, 'responseMonths'),
      'expected whole months, 1 to 36',
    )
  }
  return {
    matterId: input.matterId,
    type: input.type as DocketEventType,
    date: on,
    responseMonths: months,
    due,
    note: input.note?.trim() || undefined,
  }
}
