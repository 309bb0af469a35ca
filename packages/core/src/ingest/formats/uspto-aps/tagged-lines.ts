/**
 * The line grammar shared by APS green-book and CSS/BRS text: each field starts at column 0 with
 * a 2–4 character upper-case code, a space and its value; lines that start with whitespace (and
 * blank lines inside tables) continue the field above.
 */

/** One tagged field: its code (`PAR`, `WKU`) and its raw lines, first value first. */
export interface TaggedField {
  readonly code: string
  /** The value on the code line (after the code), then each continuation line as written. */
  readonly lines: readonly string[]
}

const FIELD = /^([A-Z][A-Z0-9]{1,3})(?:[ \t](.*))?$/

/**
 * Reads tagged fields from text. Never throws: a line that is neither a field nor indented is
 * kept as a continuation of the field above (or dropped before the first field).
 */
export function readTaggedFields(text: string): TaggedField[] {
  const fields: { code: string; lines: string[] }[] = []
  for (const raw of text.split(/\r?\n|\r/)) {
    const line = raw.replace(/\s+$/, '')
    const current = fields[fields.length - 1]
    const m = /^\s/.test(raw) || line === '' ? null : FIELD.exec(line)
    if (m) {
      fields.push({ code: m[1]!, lines: [m[2] ?? ''] })
    } else if (current) {
      current.lines.push(line)
    }
  }
  return fields
}

/** The field's text on one line: lines trimmed and joined with single spaces. */
export function fieldText(field: TaggedField | undefined): string {
  if (!field) {
    return ''
  }
  return field.lines
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ')
    .replace(/\s+/g, ' ')
}

/**
 * A preformatted field (APS `TBL`, `EQU`): one output line per non-blank source line, with the
 * five-column indent of the format removed and the layout inside kept.
 */
export function preformattedText(field: TaggedField): string {
  const out: string[] = []
  field.lines.forEach((line, i) => {
    const body = i === 0 ? line.replace(/^ /, '') : line.slice(Math.min(5, indentOf(line)))
    if (body.trim() !== '') {
      out.push(body.trimEnd())
    }
  })
  return out.join('\n')
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length
}

/** The trimmed value of the first field with `code`, or `undefined` when absent, empty or `N/A`. */
export function valueOf(fields: readonly TaggedField[], code: string): string | undefined {
  return cleanValue(fieldText(fields.find((f) => f.code === code)))
}

/** `undefined` for empty and `N/A` values (BRS prints `N/A` for every absent item). */
export function cleanValue(raw: string | undefined): string | undefined {
  const v = raw?.trim()
  return v && v !== 'N/A' ? v : undefined
}

/**
 * Groups fields into records that each begin with a field of `startCode` (`URPN`, `INNM`) and take
 * the fields after it whose code passes `member`, up to the next start or non-member.
 */
export function groupRecords(
  fields: readonly TaggedField[],
  startCode: string,
  member: (code: string) => boolean,
): TaggedField[][] {
  const groups: TaggedField[][] = []
  let current: TaggedField[] | undefined
  for (const f of fields) {
    if (f.code === startCode) {
      current = [f]
      groups.push(current)
    } else if (current && member(f.code)) {
      current.push(f)
    } else {
      current = undefined
    }
  }
  return groups
}
