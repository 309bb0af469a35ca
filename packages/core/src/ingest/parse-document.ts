import { errorMessage } from '../errors.js'
import { LegalEventSet } from '../model/legal-event.js'
import { PatentRecord } from '../model/patent.js'
import { decodeDocument } from './decode.js'
import type { ParseContext, ParseIssue, ParseResult, PatentParser } from './parser.js'
import { detectParser, PARSERS } from './registry.js'

/**
 * An element name found in every patent XML format we know of and likely in any new one (ST.32,
 * ST.36, ST.96, DOCDB, OPS, office DTDs): patent, claim, abstract, invention, publication,
 * application, applicant, inventor, priority, doc-number, kind code, classification.
 */
const PATENT_ELEMENT =
  /<\/?[\w.:-]*(?:patent|claim|abstract|invention|publication|applica|inventor|priority|doc-?number|kind|classif|ipc|cpc|B1\d\d)/i

/** What happened to one document. */
export interface DocumentOutcome {
  readonly status: 'ok' | 'failed' | 'skipped'
  readonly record?: PatentRecord
  /** Further publications of a document that holds several (`record` is the first of them). */
  readonly more?: readonly PatentRecord[]
  /** Publication number when known, also for failures. */
  readonly documentNumber?: string
  readonly issues: readonly ParseIssue[]
  /** Why a recognised non-patent document was skipped. */
  readonly skipped?: string
  /** Parser id that handled the document. */
  readonly parser?: string
  /**
   * The publications of a container document (DOCDB exchange file, OPS response), each with its
   * own outcome. The container's `status` is `ok` when it was read, even if some parts failed.
   */
  readonly parts?: readonly DocumentOutcome[]
  /** Legal events the document gives, validated, per publication. */
  readonly legal?: readonly LegalEventSet[]
}

/** Options for `parseDocument`. */
export interface ParseDocumentOptions extends ParseContext {
  /** The container is a text format (APS, BRS): decode leniently. Default is `false`. */
  readonly text?: boolean
  /** Parsers to try. Default is `PARSERS`. */
  readonly parsers?: readonly PatentParser[]
}

/**
 * Decodes, detects, parses and validates one document. Never throws: every failure becomes an
 * outcome with `status: 'failed'` and an error issue naming what went wrong, so that the rest of
 * a batch still lands.
 */
export function parseDocument(
  bytes: Uint8Array,
  options: ParseDocumentOptions = {},
): DocumentOutcome {
  const decoded = decodeDocument(bytes, { text: options.text ?? false })
  if (!decoded.ok) {
    const documentNumber = sniffNumber(latin1Head(bytes))
    return failed(
      [issue('PARSE_INVALID_ENCODING', errorMessage('PARSE_INVALID_ENCODING', decoded.reason))],
      documentNumber,
    )
  }
  const head = decoded.text.slice(0, 4096)
  const parser = detectParser(head, options.parsers ?? PARSERS)
  if (!parser) {
    // Office APIs answer with much JSON that describes no publication (tokens, product lists,
    // transaction logs): unknown JSON is skipped as a non-patent document, not a failure. Unknown
    // XML stays a failure: it is a patent format we do not read (e.g. a new DTD).
    if (/^\s*[[{]/.test(head)) {
      return {
        status: 'skipped',
        issues: [],
        skipped: `JSON that is no patent document format we read (${describeHead(head)})`,
      }
    }
    // XML none of whose elements is named like anything in a patent document (a build file, a
    // toy example) is no patent format: skipped with what it is, so that it is not taken for one.
    if (/^\s*</.test(head) && !PATENT_ELEMENT.test(decoded.text)) {
      return {
        status: 'skipped',
        issues: [],
        skipped: `XML that is no patent document (${describeHead(head)}, no patent elements)`,
      }
    }
    return failed(
      [issue('PARSE_UNKNOWN_FORMAT', errorMessage('PARSE_UNKNOWN_FORMAT', describeHead(head)))],
      sniffNumber(head),
    )
  }
  const warnings: ParseIssue[] = decoded.warning
    ? [{ severity: 'warning', code: 'PARSE_INVALID_ENCODING', message: decoded.warning }]
    : []
  let result
  try {
    result = parser.parse(decoded.text, { file: options.file, offset: options.offset })
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return failed(
      [issue('PARSE_FAILED', errorMessage('PARSE_FAILED', `${parser.id}: ${detail}`))],
      sniffNumber(head),
      parser.id,
    )
  }
  const issues = [...warnings, ...result.issues]
  if (result.parts !== undefined || result.legal !== undefined) {
    return containerOutcome(result, issues, parser.id)
  }
  if (result.skipped !== undefined) {
    return {
      status: 'skipped',
      skipped: result.skipped,
      issues,
      parser: parser.id,
      documentNumber: result.documentNumber,
    }
  }
  const errors = issues.filter((i) => i.severity === 'error')
  if (result.records && errors.length === 0) {
    return validateMany(result.records, issues, parser.id, result.documentNumber)
  }
  if (errors.length > 0 || !result.record) {
    if (errors.length === 0) {
      issues.push(
        issue('PARSE_FAILED', errorMessage('PARSE_FAILED', `${parser.id} returned no record`)),
      )
    }
    return failed(
      issues,
      result.documentNumber ?? result.record?.id ?? sniffNumber(head),
      parser.id,
    )
  }
  return validated(result.record, issues, parser.id)
}

/** Validates one record against the model; a record that fails it is a failed outcome. */
function validated(record: PatentRecord, issues: ParseIssue[], parser: string): DocumentOutcome {
  const checked = PatentRecord.safeParse(record)
  if (!checked.success) {
    const first = checked.error.issues[0]
    const field = first ? first.path.join('.') : undefined
    const detail = first ? `${field}: ${first.message}` : checked.error.message
    return failed(
      [
        ...issues,
        {
          severity: 'error',
          code: 'PARSE_INVALID_RECORD',
          message: errorMessage('PARSE_INVALID_RECORD', detail),
          field,
        },
      ],
      record.id,
      parser,
    )
  }
  return {
    status: 'ok',
    record: checked.data,
    documentNumber: checked.data.id,
    issues,
    parser,
  }
}

/** One part of a container: validated like a document of its own. */
function partOutcome(part: ParseResult, parser: string): DocumentOutcome {
  const issues = [...part.issues]
  if (part.skipped !== undefined) {
    return {
      status: 'skipped',
      skipped: part.skipped,
      issues,
      parser,
      documentNumber: part.documentNumber,
    }
  }
  if (issues.some((i) => i.severity === 'error') || !part.record) {
    if (!issues.some((i) => i.severity === 'error')) {
      issues.push(
        issue('PARSE_FAILED', errorMessage('PARSE_FAILED', `${parser} returned no record`)),
      )
    }
    return failed(issues, part.documentNumber ?? part.record?.id, parser)
  }
  return validated(part.record, issues, parser)
}

/**
 * A container's outcome: its parts each validated, its legal event sets validated (an invalid set
 * becomes an error issue and is dropped). A container whose own issues hold an error failed as a
 * whole; otherwise it is `ok` (or `skipped` when it says so and holds nothing).
 */
function containerOutcome(
  result: ParseResult,
  issues: ParseIssue[],
  parser: string,
): DocumentOutcome {
  const parts = (result.parts ?? []).map((p) => partOutcome(p, parser))
  const legal: LegalEventSet[] = []
  for (const set of result.legal ?? []) {
    const checked = LegalEventSet.safeParse(set)
    if (checked.success) {
      legal.push(checked.data)
    } else {
      const first = checked.error.issues[0]
      const detail = `legal events of ${set.publication}: ${first ? `${first.path.join('.')}: ${first.message}` : checked.error.message}`
      parts.push(
        failed(
          [issue('PARSE_INVALID_RECORD', errorMessage('PARSE_INVALID_RECORD', detail))],
          set.publication,
          parser,
        ),
      )
    }
  }
  if (issues.some((i) => i.severity === 'error')) {
    return { ...failed(issues, result.documentNumber, parser), parts, legal }
  }
  const empty = parts.length === 0 && legal.length === 0
  return {
    status: empty && result.skipped !== undefined ? 'skipped' : 'ok',
    ...(empty && result.skipped !== undefined ? { skipped: result.skipped } : {}),
    issues,
    parser,
    documentNumber: result.documentNumber,
    parts,
    legal,
  }
}

/** Validates each record of a multi-record document; invalid ones fail the document. */
function validateMany(
  records: readonly PatentRecord[],
  issues: ParseIssue[],
  parser: string,
  documentNumber: string | undefined,
): DocumentOutcome {
  const valid: PatentRecord[] = []
  for (const [i, record] of records.entries()) {
    const checked = PatentRecord.safeParse(record)
    if (checked.success) {
      valid.push(checked.data)
      continue
    }
    const first = checked.error.issues[0]
    const field = `records[${i}]${first ? `.${first.path.join('.')}` : ''}`
    issues.push({
      severity: 'error',
      code: 'PARSE_INVALID_RECORD',
      message: errorMessage(
        'PARSE_INVALID_RECORD',
        `${record.id} ${field}: ${first?.message ?? ''}`,
      ),
      field,
    })
  }
  if (valid.length < records.length) {
    return failed(issues, documentNumber ?? records[0]?.id, parser)
  }
  if (valid.length === 0) {
    return {
      status: 'skipped',
      skipped: 'holds no publications',
      issues,
      parser,
      documentNumber,
    }
  }
  return {
    status: 'ok',
    record: valid[0],
    more: valid.slice(1),
    documentNumber: valid[0]!.id,
    issues,
    parser,
  }
}

function failed(issues: ParseIssue[], documentNumber?: string, parser?: string): DocumentOutcome {
  return { status: 'failed', issues, documentNumber, parser }
}

function issue(code: ParseIssue['code'], message: string, field?: string): ParseIssue {
  return { severity: 'error', code, message, field }
}

function latin1Head(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < Math.min(bytes.length, 4096); i++) {
    s += String.fromCharCode(bytes[i]!)
  }
  return s
}

/** A best-effort document number from raw text, for reports about documents that failed. */
export function sniffNumber(head: string): string | undefined {
  const m =
    /<doc-number>\s*([A-Z]*\d+)\s*<\/doc-number>/i.exec(head) ??
    /<B110>\s*<DNUM>\s*<PDAT>\s*([A-Z]*\d+)/.exec(head) ??
    /^WKU\s+(\S+)/m.exec(head)
  return m?.[1]
}

function describeHead(head: string): string {
  const doctype = /<!DOCTYPE\s+([^\s>[]+)(?:\s+(?:SYSTEM|PUBLIC)\s+"([^"]*)")?/.exec(head)
  if (doctype) {
    return `DOCTYPE ${doctype[1]}${doctype[2] ? ` "${doctype[2]}"` : ''}`
  }
  const root = /<([A-Za-z][\w:.-]*)/.exec(
    head.replace(/<\?[^>]*\?>/g, '').replace(/<!--[\s\S]*?-->/g, ''),
  )
  if (root) {
    return `root element <${root[1]}>`
  }
  return `starts with ${JSON.stringify(head.slice(0, 40))}`
}
