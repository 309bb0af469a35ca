// Feature barrel of the rules engine: the jurisdiction knowledge base and the deadline engine.
export { convertAmount, type ConvertedAmount } from './jurisdictions/currencies.js'
export {
  AsOfDate,
  FactSource,
  FactStatus,
  MoneyFact,
  fact,
  formatSource,
  weakestStatus,
  type AnyFact,
} from './jurisdictions/fact.js'
export { collectFacts, countByStatus, type LocatedFact } from './jurisdictions/facts.js'
export {
  createKnowledgeBase,
  loadKnowledgeBase,
  type KnowledgeBase,
  type RawKnowledgeBase,
} from './jurisdictions/knowledge-base.js'
export { OFFICE_CODES, isOfficeCode, type OfficeCode } from './jurisdictions/office-codes.js'
export {
  CalendarFacts,
  CurrencyTable,
  HolidayRegion,
  InternationalFacts,
  Manifest,
  OfficeFile,
  PctFacts,
} from './jurisdictions/schema.js'
export {
  addDays,
  addMonths,
  addYears,
  dateOfInstant,
  dateProblem,
  daysBetween,
  daysInMonth,
  isCalendarDate,
  laterOf,
  weekday,
  type CalendarDate,
} from './deadlines/calendar-date.js'
export {
  buildDeadline,
  rawEnd,
  type BuildContext,
  type PeriodSpec,
} from './deadlines/build-deadline.js'
export {
  DEADLINE_EVENTS,
  type Deadline,
  type DeadlineEvent,
  type DeadlineReport,
  type DeadlineRequest,
  type Route,
  type Trigger,
  type TriggerKind,
} from './deadlines/deadline.js'
export { computeDeadlines, type DeadlineDeps } from './deadlines/engine.js'
export {
  createDateHolidaysSource,
  type HolidayDay,
  type HolidaySource,
  type HolidayType,
} from './deadlines/holiday-source.js'
export {
  createOfficeCalendar,
  nextOpenDay,
  type ClosedDay,
  type NextOpenDay,
  type OfficeCalendar,
} from './deadlines/office-calendar.js'
export {
  DEFAULT_OFFICES,
  validateDeadlineInput,
  type DeadlineInput,
  type DeadlineInputField,
} from './deadlines/request.js'
export type { DeadlineRule, RuleContext } from './deadlines/rule.js'
export { DEADLINE_RULES } from './deadlines/rules.js'
