import { readTaggedFields, type TaggedField } from '../uspto-aps/tagged-lines.js'
import { defined } from '../uspto-aps/us-text.js'

/** The boundary line that CSS/BRS text prints above the fields of each document. */
export const BRS_BOUNDARY = '*** BRS DOCUMENT BOUNDARY ***'

/**
 * The two summary lines above the boundary:
 * `09204581<TAB>B2<TAB>20151201<TAB>13676098<TAB>43247` and the title.
 */
export interface BrsHeader {
  readonly number?: string
  readonly kind?: string
  /** Issue date `YYYYMMDD`. */
  readonly date?: string
  readonly application?: string
  readonly title?: string
}

/** One BRS document: its summary header (when present) and its tagged fields. */
export interface BrsDocument {
  readonly header: BrsHeader
  readonly fields: readonly TaggedField[]
}

/**
 * Splits a BRS document at its boundary line into the summary header and the tagged fields
 * (`WKU 09204581`, `ABPR  A method…`). A document without a boundary line is all fields.
 */
export function readBrsDocument(text: string): BrsDocument {
  const at = text.indexOf(BRS_BOUNDARY)
  if (at < 0) {
    return { header: {}, fields: readTaggedFields(text) }
  }
  const afterLine = text.indexOf('\n', at)
  const body = afterLine < 0 ? '' : text.slice(afterLine + 1)
  return { header: readHeader(text.slice(0, at)), fields: readTaggedFields(body) }
}

function readHeader(text: string): BrsHeader {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '')
  const summary = lines.findIndex((l) => l.includes('\t'))
  if (summary < 0) {
    return {}
  }
  const [number, kind, date, application] = (lines[summary] ?? '')
    .split('\t')
    .map((c) => c.trim() || undefined)
  const title =
    lines
      .slice(summary + 1)
      .join(' ')
      .trim() || undefined
  const header: BrsHeader = { number, kind, date, application, title }
  return defined(header)
}
