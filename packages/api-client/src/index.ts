// @chuhai/api-client — the API contract (zod schemas, shared with the server) and a typed client.
export * from './contract/common.js'
export * from './contract/accounts.js'
export * from './contract/objects.js'
export * from './contract/patents.js'
export * from './contract/docket.js'
export * from './contract/jobs.js'
export * from './contract/analysis.js'
export { ApiError, ChuhaiClient, type ClientOptions } from './client.js'
