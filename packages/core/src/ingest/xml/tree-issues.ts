import { errorMessage } from '../../errors.js'
import type { ParseIssue } from '../parser.js'
import type { XmlProblem } from './tree.js'

const TRUNCATED = 'truncated document: '

/**
 * Turns the well-formedness problems of `parseXmlTree` into error issues: elements still open at
 * the end of the text become one `PARSE_TRUNCATED`, everything else one `PARSE_MALFORMED_XML`
 * naming the first problem and its character offset (`offsetBase` is added, for callers that
 * parsed a slice of the document).
 */
export function treeIssues(problems: readonly XmlProblem[], offsetBase = 0): ParseIssue[] {
  const issues: ParseIssue[] = []
  const open = problems.filter((p) => p.message.startsWith(TRUNCATED))
  const other = problems.filter((p) => !p.message.startsWith(TRUNCATED))
  if (open.length > 0) {
    const names = open.map((p) => /<([^>]+)>/.exec(p.message)?.[1] ?? '?')
    const detail =
      names.length === 1
        ? `<${names[0]}> is never closed`
        : `<${names[0]}> and ${names.length - 1} enclosing elements up to <${names[names.length - 1]}> are never closed`
    issues.push({
      severity: 'error',
      code: 'PARSE_TRUNCATED',
      message: errorMessage('PARSE_TRUNCATED', detail),
    })
  }
  const first = other[0]
  if (first) {
    const more = other.length > 1 ? ` (and ${other.length - 1} more)` : ''
    issues.push({
      severity: 'error',
      code: 'PARSE_MALFORMED_XML',
      message: errorMessage(
        'PARSE_MALFORMED_XML',
        `${first.message} at offset ${first.offset + offsetBase}${more}`,
      ),
    })
  }
  return issues
}

/**
 * A warning for named entities no table defines: their references stay in the text as printed
 * (`&foo;`), so the document stays readable and is kept.
 */
export function unknownEntitiesIssue(names: readonly string[]): ParseIssue {
  const list = names.slice(0, 10).map((n) => `&${n};`)
  const more = names.length > 10 ? ` and ${names.length - 10} more` : ''
  return {
    severity: 'warning',
    code: 'PARSE_MALFORMED_XML',
    message: errorMessage(
      'PARSE_MALFORMED_XML',
      `unknown entities ${list.join(', ')}${more} kept as text`,
    ),
  }
}

/** A warning for claims whose dependencies were read from their wording for want of markup. */
export function claimWordingIssue(field: string, element: string): ParseIssue {
  return {
    severity: 'warning',
    code: 'PARSE_INVALID_FIELD',
    message: errorMessage(
      'PARSE_INVALID_FIELD',
      field,
      `no <${element}> markup; claim dependencies read from the claim wording`,
    ),
    field,
  }
}
