import type { LegalEvent, LegalStatus, LegalStatusValue } from '../../model/legal-event.js'
import { rulePattern, STATUS_RULES, type StatusRule, type StatusRules } from './status-rules.js'

/** What the normaliser needs to know about the publication whose events it reads. */
export interface StatusSubject {
  /** Canonical publication id, `EP-1000000-B1`. */
  readonly publication: string
  /** Office of the publication (`EP`): events reported by other offices are national events. */
  readonly country: string
  /** Whether the publication is a granted patent (B/C kinds): some events mean `lapsed` then. */
  readonly granted?: boolean
}

interface Compiled {
  readonly rule: StatusRule
  readonly codes?: ReadonlySet<string>
  readonly pattern?: RegExp
  readonly keyword: boolean
}

const cache = new WeakMap<StatusRules, Compiled[]>()

function compile(rules: StatusRules): Compiled[] {
  let out = cache.get(rules)
  if (!out) {
    const one = (rule: StatusRule, keyword: boolean): Compiled => ({
      rule,
      codes: rule.codes ? new Set(rule.codes) : undefined,
      pattern: rulePattern(rule),
      keyword,
    })
    out = [...rules.rules.map((r) => one(r, false)), ...rules.keywords.map((r) => one(r, true))]
    cache.set(rules, out)
  }
  return out
}

/** The national office an event is about: its `state`, a `GB:` prefix in the description, or its reporting office. */
function eventState(event: LegalEvent, subject: StatusSubject): string | undefined {
  if (event.state) {
    return event.state
  }
  const prefix = /^([A-Z]{2}):/.exec(event.description ?? '')?.[1]
  if (prefix && prefix !== subject.country) {
    return prefix
  }
  return event.country && event.country !== subject.country ? event.country : undefined
}

/** The first rule that matches `event`, or `undefined` for events that do not bear on status. */
export function matchRule(
  event: LegalEvent,
  rules: StatusRules = STATUS_RULES,
): { rule: StatusRule; keyword: boolean } | undefined {
  const wording = `${event.text ?? ''} ${event.description ?? ''}`
  for (const c of compile(rules)) {
    if (c.codes && !c.codes.has(event.code)) {
      continue
    }
    if (c.pattern && !c.pattern.test(wording)) {
      continue
    }
    if (c.keyword && !c.pattern) {
      continue
    }
    return { rule: c.rule, keyword: c.keyword }
  }
  return undefined
}

function dateOf(event: LegalEvent): string {
  return event.effectiveDate ?? event.date ?? ''
}

/**
 * Normalises a publication's legal events to one status (ADR 0009): events are read in date
 * order (effective date, else gazette date) and each event a rule maps to a status replaces the
 * status before it, so the latest decisive event wins. Events about one designated state of a
 * regional patent (EP `PG25` "lapsed in a contracting state", `GB:` national codes, events
 * reported by another office) never change the publication's own status; they are listed in
 * `lapsedIn`. Wording rules (`keywords`) apply only to events of the publication's own office.
 * Returns `undefined` when no event bears on the status.
 */
export function normaliseLegalStatus(
  subject: StatusSubject,
  events: readonly LegalEvent[],
  rules: StatusRules = STATUS_RULES,
): LegalStatus | undefined {
  const ordered = [...events].sort((a, b) => dateOf(a).localeCompare(dateOf(b)))
  let current: LegalStatus | undefined
  const lapsedIn = new Set<string>()
  for (const event of ordered) {
    const match = matchRule(event, rules)
    if (!match) {
      continue
    }
    const state = eventState(event, subject)
    if (match.rule.scope === 'state' || state) {
      if (state && (match.rule.status === 'lapsed' || match.rule.status === 'expired')) {
        lapsedIn.add(state)
      }
      continue
    }
    const status: LegalStatusValue =
      subject.granted && match.rule.statusOfGrant ? match.rule.statusOfGrant : match.rule.status
    const since = dateOf(event) || undefined
    current = {
      publication: subject.publication,
      status,
      event,
      ...(since ? { since } : {}),
      basis: match.keyword ? 'keyword' : 'rule',
      rule: match.rule.id,
      rulesVersion: rules.version,
    }
  }
  if (!current && lapsedIn.size === 0) {
    return undefined
  }
  const base: LegalStatus = current ?? {
    publication: subject.publication,
    status: 'granted',
    basis: 'rule',
    rule: 'ep-lapsed-in-state',
    rulesVersion: rules.version,
  }
  return lapsedIn.size > 0 ? { ...base, lapsedIn: [...lapsedIn].sort() } : base
}

/**
 * The status as of `today`: a granted patent whose 20-year term from `filingDate` has passed is
 * `expired` (EPC Art. 63, 35 USC 154, CN Patent Law Art. 42 — the usual term; extensions such as
 * SPCs or US PTA are not in the events and are not applied). Other statuses are returned as given.
 */
export function statusAsOf(
  status: LegalStatus,
  filingDate: string | undefined,
  today: string,
): LegalStatus {
  if (status.status !== 'granted' || !filingDate) {
    return status
  }
  const end = `${String(Number(filingDate.slice(0, 4)) + 20).padStart(4, '0')}${filingDate.slice(4)}`
  return end <= today
    ? { ...status, status: 'expired', since: end, basis: 'term', rule: 'term-20-years' }
    : status
}
