export {
  normaliseLegalStatus,
  statusAsOf,
  matchRule,
  type StatusSubject,
} from './normalise-status.js'
export { STATUS_RULES, type StatusRule, type StatusRules } from './status-rules.js'
