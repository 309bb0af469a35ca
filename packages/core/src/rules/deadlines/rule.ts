import type { KnowledgeBase } from '../jurisdictions/knowledge-base.js'
import type { OfficeCode } from '../jurisdictions/office-codes.js'
import type { OfficeFile } from '../jurisdictions/schema.js'
import type { BuildContext } from './build-deadline.js'
import type { Deadline, DeadlineEvent, DeadlineRequest, Route, Trigger } from './deadline.js'
import type { OfficeCalendar } from './office-calendar.js'

/** What a rule may read: the request, the knowledge base, calendars, and a warning sink. */
export interface RuleContext {
  readonly request: DeadlineRequest
  readonly kb: KnowledgeBase
  readonly build: BuildContext
  calendar(office: OfficeCode): OfficeCalendar
  /** The international filing date: given, or assumed to be the last day of the priority year. */
  readonly internationalFiling: Trigger
  /** The Paris filing date assumed for the national route: the last day of the priority year. */
  parisFiling(office: OfficeCode): Trigger
  warn(message: string): void
}

/**
 * One declarative deadline rule (house style R9): the event, the routes it belongs to, and a
 * pure `compute`. `office` rules run for each requested office; `international` rules run once,
 * with the receiving Office's file.
 */
export interface DeadlineRule {
  readonly event: DeadlineEvent
  readonly routes: readonly Route[]
  readonly scope: 'office' | 'international'
  compute(ctx: RuleContext, office: OfficeFile): readonly Deadline[]
}
