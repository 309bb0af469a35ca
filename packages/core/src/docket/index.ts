// Feature barrel of the docket: matters, events, computed deadlines, calendars and the protection net.
export { forecastAnnuities, type AnnuityForecast, type ForecastItem } from './annuity-forecast.js'
export { annuityDates, annuityDeadlines, type AnnuityDates } from './annuity-deadlines.js'
export {
  DOCKET_DEADLINE_KINDS,
  type DocketDeadline,
  type DocketDeadlineKind,
  type DocketRuleContext,
} from './docket-deadline.js'
export { validateEvent, validateMatter, type EventInput, type MatterInput } from './docket-input.js'
export type { DocketStore } from './docket-store.js'
export { computeDocket, type DocketDeps, type DocketOptions, type DocketReport } from './docket.js'
export { escapeText, foldLine, renderIcs, type IcsOptions } from './ics.js'
export { DOCKET_KIND_LABELS } from './labels.js'
export {
  DOCKET_EVENT_TYPES,
  matterState,
  type DocketEvent,
  type DocketEventType,
  type Matter,
  type MatterStatus,
  type NewDocketEvent,
  type NewMatter,
} from './matter.js'
export {
  protectionNet,
  type NetCell,
  type NetCellStatus,
  type NetOptions,
  type NetRow,
  type ProtectionNet,
} from './protection-net.js'
export { DEFAULT_LEAD_DAYS, reminderDates } from './reminders.js'
