/**
 * How a file holds its documents. Weekly USPTO files concatenate documents, each with its own
 * XML declaration and DOCTYPE; APS green-book text starts each patent with a `PATN` line; BRS
 * text marks each document with a boundary line under the document's two summary lines.
 */
export type ContainerKind =
  'xml-declarations' | 'xml-doctypes' | 'xml-single' | 'aps' | 'brs' | 'json-lines' | 'json-single'

/** A way to cut a byte stream into documents. */
export interface SplitRule {
  readonly kind: ContainerKind
  /** ASCII marker that starts a new document (or separates two, see `markerIsSeparator`). */
  readonly marker: string
  /** The marker only counts at the start of the file or right after a line feed. */
  readonly atLineStart: boolean
  /** The marker separates documents and belongs to neither. */
  readonly markerIsSeparator: boolean
  /** Whether documents are text formats (decoded leniently) or XML (decoded strictly). */
  readonly text: boolean
  /**
   * The marker must fill its whole line (only spaces or a carriage return may follow it), and may
   * not be indented. Text formats need this: APS continuation lines are indented prose that may
   * begin with any word. Default is `false` (indentation allowed, anything may follow).
   */
  readonly wholeLine?: boolean
  /**
   * How many lines directly above the marker line belong to the document the marker starts.
   * BRS prints a summary line (number, kind, date, application, size) and the title line above
   * each boundary. Default is `0`.
   */
  readonly leadingLines?: number
}

const RULES: Readonly<Record<ContainerKind, SplitRule>> = {
  'xml-declarations': {
    kind: 'xml-declarations',
    marker: '<?xml',
    atLineStart: true,
    markerIsSeparator: false,
    text: false,
  },
  'xml-doctypes': {
    kind: 'xml-doctypes',
    marker: '<!DOCTYPE',
    atLineStart: true,
    markerIsSeparator: false,
    text: false,
  },
  'xml-single': {
    kind: 'xml-single',
    marker: '',
    atLineStart: true,
    markerIsSeparator: false,
    text: false,
  },
  // Newline-delimited JSON (BigQuery exports): every line is one object. Objects nested inside a
  // line never start a line, so a `{` at a line start begins the next document.
  'json-lines': {
    kind: 'json-lines',
    marker: '{',
    atLineStart: true,
    markerIsSeparator: false,
    text: false,
  },
  // One JSON document per file (an API response, pretty-printed or not).
  'json-single': {
    kind: 'json-single',
    marker: '',
    atLineStart: true,
    markerIsSeparator: false,
    text: false,
  },
  // Every APS patent starts with a bare `PATN` line; the file may open with an `HHHHHT` header.
  aps: {
    kind: 'aps',
    marker: 'PATN',
    atLineStart: true,
    markerIsSeparator: false,
    text: true,
    wholeLine: true,
  },
  // Real CSS/BRS files put the boundary line *inside* each document, under its summary and title
  // lines: `09204581<TAB>B2<TAB>20151201<TAB>13676098<TAB>43247`, `Title…`, boundary, `WKU …`.
  brs: {
    kind: 'brs',
    marker: '*** BRS DOCUMENT BOUNDARY ***',
    atLineStart: true,
    markerIsSeparator: false,
    text: true,
    wholeLine: true,
    leadingLines: 2,
  },
}

/** The split rule for a container kind. */
export function splitRule(kind: ContainerKind): SplitRule {
  return RULES[kind]
}

/**
 * Sniffs the container format from the first KB of a file (decoded as Latin-1 so any bytes pass).
 * Returns `undefined` for files that hold no patent documents we know (README, CSV, images).
 */
export function sniffContainer(head: string): ContainerKind | undefined {
  const start = head
    .replace(/^\uFEFF/, '')
    .replace(/^\u00EF\u00BB\u00BF/, '')
    .trimStart()
  if (start.startsWith('<?xml')) {
    return 'xml-declarations'
  }
  if (start.startsWith('<!DOCTYPE') || start.startsWith('<!--')) {
    return /\n\s*<!DOCTYPE/.test(start.slice(9)) || start.startsWith('<!DOCTYPE')
      ? 'xml-doctypes'
      : 'xml-single'
  }
  if (start.startsWith('<')) {
    return 'xml-single'
  }
  if (start.startsWith('[')) {
    return 'json-single'
  }
  if (start.startsWith('{')) {
    // A pretty-printed object opens with `{` alone on its line and indents what it holds; an NDJSON
    // line carries its first member on the same line.
    return /^\{[ \t]*\r?\n/.test(start) ? 'json-single' : 'json-lines'
  }
  if (/^PATN\s*\r?\n/.test(start) || /^HHHHHT/.test(start)) {
    return 'aps'
  }
  if (start.includes('*** BRS DOCUMENT BOUNDARY ***')) {
    return 'brs'
  }
  return undefined
}
