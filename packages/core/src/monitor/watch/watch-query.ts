import { createError } from '../../errors.js'
import type { QueryNode } from '../../search/query/ast.js'
import { parseQuery } from '../../search/query/parse-query.js'

const COLUMNS = { ti: 'title', ab: 'abstract', cl: 'claims', de: 'description' } as const

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`

/**
 * Compiles a watch's `--query` (the search query language, read as Boolean: a watch selects a
 * set, it does not rank) to an FTS5 MATCH expression: terms and prefixes, phrases, AND/OR/NOT,
 * NEAR/n and the text fields `ti:`, `ab:`, `cl:`, `de:`. Words of free text are ANDed. Keyword and
 * date fields (`pa:`, `cpc:`, `cc:`, `pd:` …) are the watch's own options: a query using them is
 * refused with `MONITOR_INVALID_WATCH` naming the option to use. Syntax errors keep the parser's
 * position and expectation.
 * @example compileWatchQuery('ti:(robot AND gait) NOT wheel*') // '((title : ("robot" AND "gait")) NOT "wheel"*)'
 */
export function compileWatchQuery(query: string): string {
  return compile(parseQuery(query, { mode: 'boolean' }))
}

function compile(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
      return node.prefix ? `${quote(node.text)}*` : quote(node.text)
    case 'phrase':
      return quote(node.words.join(' '))
    case 'and': {
      // `robot NOT wheel` parses as and(robot, not(wheel)); FTS5's NOT is binary.
      const positive = node.children.filter((c) => c.kind !== 'not')
      if (positive.length === 0) {
        throw createError(
          'MONITOR_INVALID_WATCH',
          'query',
          'NOT needs a left side, e.g. "robot NOT wheel"',
        )
      }
      let out =
        positive.length === 1 ? compile(positive[0]!) : `(${positive.map(compile).join(' AND ')})`
      for (const c of node.children) {
        if (c.kind === 'not') {
          out = `(${out} NOT ${compile(c.child)})`
        }
      }
      return out
    }
    case 'or':
      return `(${node.children.map(compile).join(' OR ')})`
    case 'not':
      // FTS5 NOT is binary: a lone NOT needs a left side, which a watch cannot express.
      throw createError(
        'MONITOR_INVALID_WATCH',
        'query',
        'NOT needs a left side, e.g. "robot NOT wheel"',
      )
    case 'near':
      return `NEAR(${node.children.map(compile).join(' ')}, ${node.distance})`
    case 'field':
      return `(${COLUMNS[node.field]} : ${compile(node.child)})`
    case 'text': {
      const words = node.text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '')
      if (words.length === 0) {
        throw createError('MONITOR_INVALID_WATCH', 'query', 'no words to search for')
      }
      return `(${words.map(quote).join(' AND ')})`
    }
    case 'keyword':
    case 'date': {
      const option = { pa: '--applicant', cpc: '--cpc', ipc: '--cpc', cc: '--countries' } as Record<
        string,
        string
      >
      const field = node.field
      throw createError(
        'MONITOR_INVALID_WATCH',
        'query',
        `${field}: belongs in ${option[field] ?? 'its own watch option'}, not in --query (a watch's query is text only)`,
      )
    }
  }
}
