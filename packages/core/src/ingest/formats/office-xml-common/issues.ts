import { errorMessage } from '../../../errors.js'
import { isSt3Code } from '../../../model/st3-countries.js'
import type { ParseIssue } from '../../parser.js'
import type { XmlProblem } from '../../xml/tree.js'

/**
 * Well-formedness problems → error issues: the elements left open at the end make one
 * `PARSE_TRUNCATED`, the other problems one `PARSE_MALFORMED_XML` naming the first of them and
 * its character offset.
 */
export function xmlProblemIssues(problems: readonly XmlProblem[]): ParseIssue[] {
  const issues: ParseIssue[] = []
  const open = problems.filter((p) => p.message.startsWith('truncated document'))
  const other = problems.filter((p) => !p.message.startsWith('truncated document'))
  const innermost = open[0]
  if (innermost) {
    const more = open.length > 1 ? ` (and ${open.length - 1} enclosing elements)` : ''
    const detail = `${innermost.message.replace(/^truncated document: /, '')}${more} at offset ${innermost.offset}`
    issues.push(error('PARSE_TRUNCATED', errorMessage('PARSE_TRUNCATED', detail)))
  }
  const first = other[0]
  if (first) {
    const more = other.length > 1 ? ` (and ${other.length - 1} more)` : ''
    const detail = `${first.message} at offset ${first.offset}${more}`
    issues.push(error('PARSE_MALFORMED_XML', errorMessage('PARSE_MALFORMED_XML', detail)))
  }
  return issues
}

/** A `PARSE_MISSING_FIELD` error for `field`. */
export function missingField(field: string): ParseIssue {
  return { ...error('PARSE_MISSING_FIELD', errorMessage('PARSE_MISSING_FIELD', field)), field }
}

/** A `PARSE_INVALID_FIELD` error for `field`. */
export function invalidField(field: string, detail: string): ParseIssue {
  return {
    ...error('PARSE_INVALID_FIELD', errorMessage('PARSE_INVALID_FIELD', field, detail)),
    field,
  }
}

/**
 * The error for a publishing office that is not an ST.3 code (`XY`, a typo, an empty field),
 * or `undefined` when the code is valid. Such a record could never be found again by number.
 */
export function unknownCountry(field: string, code: string | undefined): ParseIssue | undefined {
  return isSt3Code(code)
    ? undefined
    : invalidField(field, `unknown country code ${JSON.stringify(code ?? '')} (not in WIPO ST.3)`)
}

function error(code: ParseIssue['code'], message: string): ParseIssue {
  return { severity: 'error', code, message }
}
