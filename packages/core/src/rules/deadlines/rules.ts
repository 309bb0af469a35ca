import { examRequestRule } from './events/exam-request.js'
import { nationalPhaseLateRule, nationalPhaseRule } from './events/national-phase.js'
import { parisPriorityRule } from './events/paris-priority.js'
import { pctDemandRule } from './events/pct-demand.js'
import { pctFilingRule, pctPublicationRule } from './events/pct-international.js'
import type { DeadlineRule } from './rule.js'

/** Every deadline rule, in event order: an explicit static list, no registration side effects. */
export const DEADLINE_RULES: readonly DeadlineRule[] = [
  parisPriorityRule,
  pctFilingRule,
  pctPublicationRule,
  pctDemandRule,
  nationalPhaseRule,
  nationalPhaseLateRule,
  examRequestRule,
]
