// @chuhai/core/ingest — the parsing half of core: model, errors, containers, parsers. Parse workers
// import this subpath so that they do not load the rules knowledge base and holiday calendars.
export * from '../errors.js'
export * from '../model/citation.js'
export * from '../model/claim.js'
export * from '../model/content-hash.js'
export * from '../model/classification.js'
export * from '../model/document-id.js'
export * from '../model/party.js'
export * from '../model/patent.js'
export * from '../model/priority-claim.js'
export * from '../model/publication-number.js'
export * from '../model/related-document.js'
export * from '../model/text.js'
export * from '../model/legal-event.js'
export * from '../model/merge-record.js'
export * from '../rules/legal-status/index.js'
export { readsLegalStatus, type LegalStatusReader } from '../store/legal-status-store.js'
export { sniffContainer, splitRule, type ContainerKind, type SplitRule } from './container.js'
export { decodeDocument, firstInvalidUtf8, type Decoded } from './decode.js'
export {
  parseDocument,
  sniffNumber,
  type DocumentOutcome,
  type ParseDocumentOptions,
} from './parse-document.js'
export type { ParseContext, ParseIssue, ParseResult, PatentParser } from './parser.js'
export { detectParser, detectRowParser, PARSERS, ROW_PARSERS } from './registry.js'
export { parseRow, type RowOutcome, type RowParser } from './tables/row-parser.js'
export { DocumentSplitter, type DocumentChunk } from './splitter.js'
export type {
  IngestCheckpoint,
  PatentStore,
  StoreStats,
  UpsertOptions,
  UpsertSummary,
} from '../store/patent-store.js'
export { sniffDelimitedHeader, type DelimitedHeader } from './tables/delimited-header.js'
export { ColumnIndex, type RowIssue, type TableRow } from './tables/table-row.js'
export {
  detectPatentsViewTable,
  type PatentsViewTable,
  type PatentsViewTableId,
} from './tables/patentsview/tables.js'
export {
  assemblePatentsViewRecord,
  PATENTSVIEW_FORMAT,
  type AssembledPatent,
  type PatentsViewRow,
} from './tables/patentsview/assemble.js'
export { familyKey, familyKeys } from '../family/family-keys.js'
