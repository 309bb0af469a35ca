// @chuhai/core/monitor — competitor monitoring, landscapes and the IP policy tracker (issue 8).
// Pure: the SQLite adapter and the Node senders live in @chuhai/store-sqlite and @chuhai/monitor.
export { createError, ChuhaiError, type ErrorCode } from '../errors.js'
export { applicantKey, keyTokens } from './applicants/applicant-key.js'
export {
  AliasEntity,
  AliasesFile,
  defaultAliases,
  mergeAliases,
  parseAliases,
} from './applicants/aliases.js'
export {
  ApplicantResolver,
  SIMILARITY_THRESHOLD,
  type ApplicantEntityRef,
  type ApplicantMatch,
} from './applicants/applicant-resolver.js'
export {
  APPLICANT_KEY_VERSION,
  CJK_LEGAL_FORMS,
  LEGAL_FORM_WORDS,
} from './applicants/legal-forms.js'
export {
  ALERT_KINDS,
  alertKey,
  type Alert,
  type AlertDraft,
  type AlertKind,
} from './watch/alert.js'
export {
  diffItem,
  expiryAlert,
  stateSignature,
  type DiffContext,
  type LegalStatus,
  type WatchItemState,
} from './watch/item-state.js'
export { isDue, nextRunAfter, validateCron } from './watch/schedule.js'
export { compileWatchQuery } from './watch/watch-query.js'
export {
  cpcRange,
  parseWatch,
  WatchDefinition,
  WebhookTarget,
  type WatchInput,
} from './watch/watch.js'
export { atomFeed, type AtomFeedInfo } from './delivery/atom-feed.js'
export { alertDigest, type Digest } from './delivery/digest.js'
export {
  nextAttemptAt,
  RETRY_DELAYS_MS,
  type DeliveryOutbox,
  type PendingDelivery,
} from './delivery/outbox.js'
export {
  LANDSCAPE_DIMENSIONS,
  parseDimensions,
  whiteSpace,
  type Bucket,
  type CitationLeader,
  type HeatMap,
  type Landscape,
  type LandscapeDimension,
  type WhiteSpaceCell,
  type YearSeries,
} from './landscape/landscape.js'
export { barChartSvg, CHART_PALETTE, heatMapSvg, lineChartSvg } from './landscape/svg-charts.js'
export {
  classifyPolicyItem,
  POLICY_RULES_VERSION,
  type ClassificationReason,
  type PolicyClassification,
} from './policy/classify.js'
export { defaultPolicySources } from './policy/default-sources.js'
export { parseFederalRegister } from './policy/federal-register.js'
export { parsePolicyFeed } from './policy/feed-parse.js'
export { htmlToText } from './policy/html-text.js'
export {
  parsePolicySources,
  POLICY_JURISDICTIONS,
  POLICY_TOPICS,
  PolicySource,
  PolicySourcesFile,
  type PolicyItemInput,
  type PolicyJurisdiction,
  type PolicyTopic,
} from './policy/policy-source.js'
export { subscriptionMatches, type PolicySubscription } from './policy/subscriptions.js'
export { diffText, type TextDiff } from './policy/text-diff.js'
