// @chuhai/monitor — Node side of monitoring: alert delivery and policy fetching. Explicit re-exports.
export { deliverPending, type DeliverOptions, type DeliveryReport } from './deliver.js'
export { sendDigest, type SmtpSettings } from './smtp-mailer.js'
export { postWebhook, type WebhookOptions } from './webhook-sender.js'
export {
  IDEMPOTENCY_HEADER,
  SIGNATURE_HEADER,
  signWebhook,
  verifyWebhook,
} from './webhook-signature.js'
export {
  fetchPolicySources,
  type PolicyFetchOptions,
  type PolicyStorePort,
  type SourceReport,
} from './policy-fetch.js'
