// @chuhai/core — the pure domain core. Explicit re-exports only (house style R11).
export * from './errors.js'
export * from './model/citation.js'
export * from './model/claim.js'
export * from './model/classification.js'
export * from './model/document-id.js'
export * from './model/party.js'
export * from './model/patent.js'
export * from './model/priority-claim.js'
export * from './model/publication-number.js'
export * from './model/related-document.js'
export * from './model/text.js'
export {
  sniffContainer,
  splitRule,
  type ContainerKind,
  type SplitRule,
} from './ingest/container.js'
export { decodeDocument, firstInvalidUtf8, type Decoded } from './ingest/decode.js'
export {
  parseDocument,
  sniffNumber,
  type DocumentOutcome,
  type ParseDocumentOptions,
} from './ingest/parse-document.js'
export type { ParseContext, ParseIssue, ParseResult, PatentParser } from './ingest/parser.js'
export { detectParser, PARSERS } from './ingest/registry.js'
export { DocumentSplitter, type DocumentChunk } from './ingest/splitter.js'
export {
  parseXmlTree,
  type XmlElement,
  type XmlNode,
  type XmlProblem,
  type XmlTree,
} from './ingest/xml/tree.js'
export * from './ingest/xml/query.js'
export type {
  IngestCheckpoint,
  PatentStore,
  StoreStats,
  UpsertOptions,
  UpsertSummary,
} from './store/patent-store.js'
export { systemClock, type Clock } from './ports/clock.js'
export * from './rules/index.js'
