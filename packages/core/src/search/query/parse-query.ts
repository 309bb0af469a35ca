import { ChuhaiError, errorMessage } from '../../errors.js'
import {
  isDateField,
  isKeywordField,
  isTextField,
  Q,
  QUERY_FIELDS,
  type PhraseNode,
  type QueryNode,
  type TermNode,
} from './ast.js'
import { parseDateBound } from './date-bound.js'
import { describeToken, tokenize, type Token } from './tokenize.js'

/** A query syntax error, with where it happened and what the parser expected there. */
export class QuerySyntaxError extends ChuhaiError {
  /** 0-based offset in the query. */
  readonly position: number
  readonly expected: string
  readonly found: string

  constructor(position: number, expected: string, found: string) {
    super('QUERY_SYNTAX', errorMessage('QUERY_SYNTAX', position + 1, expected, found))
    this.name = 'QuerySyntaxError'
    this.position = position
    this.expected = expected
    this.found = found
  }
}

/** How `parseQuery` reads its input. */
export type QueryMode = 'auto' | 'boolean' | 'text'

/** Options of `parseQuery`. */
export interface ParseQueryOptions {
  /**
   * `boolean`: the query language, strictly. `text`: the whole input is natural language.
   * `auto` (the default): Boolean when the input uses operators (`AND`, `OR`, `NOT`, `NEAR`),
   * truncation (`comput*`), text fields (`ti:` …) or, in a short query, quotes or parentheses;
   * otherwise natural language, with keyword and date fields (`cc:US`, `pd:[2018 TO 2022]`)
   * taken out as filters.
   */
  readonly mode?: QueryMode
}

/** A Boolean query with quotes or parentheses and more words than this is taken as prose. */
const SHORT_QUERY_WORDS = 30
const DEFAULT_NEAR = 10
const FIELD_LIST = QUERY_FIELDS.join(', ')

/**
 * Parses a user query into the immutable AST.
 * @example parseQuery('ti:(robot AND gait) NOT cc:CN') // and(field(ti, and(...)), not(keyword(cc)))
 * @throws QuerySyntaxError with the position and what was expected.
 */
export function parseQuery(input: string, options: ParseQueryOptions = {}): QueryNode {
  const mode = options.mode ?? 'auto'
  if (mode === 'text') {
    if (input.trim() === '') {
      throw new QuerySyntaxError(0, 'a search term', 'end of query')
    }
    return Q.text(input.trim())
  }
  const tokens = tokenize(input)
  if (mode === 'auto' && !looksBoolean(tokens)) {
    return parseNatural(input, tokens)
  }
  return new Parser(tokens).parseAll()
}

function looksBoolean(tokens: readonly Token[]): boolean {
  let words = 0
  let grouping = false
  for (const t of tokens) {
    if (t.type === 'and' || t.type === 'or' || t.type === 'not' || t.type === 'near') {
      return true
    }
    if (t.type === 'field' && isTextField(t.text)) {
      return true
    }
    if (t.type === 'word') {
      if (t.text.length > 1 && t.text.endsWith('*')) {
        return true
      }
      words++
    }
    if (t.type === 'quoted' || t.type === '(') {
      grouping = true
      words += t.text.split(/\s+/u).length
    }
  }
  return grouping && words <= SHORT_QUERY_WORDS
}

/** Prose plus filters: keyword and date fields become filter nodes, the rest one text node. */
function parseNatural(input: string, tokens: readonly Token[]): QueryNode {
  const filters: QueryNode[] = []
  const cut: [number, number][] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.type !== 'field' || !(isKeywordField(t.text) || isDateField(t.text))) {
      continue
    }
    const parser = new Parser(tokens, i)
    filters.push(parser.parseField())
    const end = tokens[parser.index]!.pos
    cut.push([t.pos, end])
    i = parser.index - 1
  }
  let text = ''
  let last = 0
  for (const [from, to] of cut) {
    text += input.slice(last, from) + ' '
    last = to
  }
  text = (text + input.slice(last)).replace(/\s+/gu, ' ').trim()
  const parts = text === '' ? filters : [Q.text(text), ...filters]
  if (parts.length === 0) {
    throw new QuerySyntaxError(0, 'a search term', 'end of query')
  }
  return parts.length === 1 ? parts[0]! : Q.and(parts)
}

class Parser {
  index: number
  readonly #tokens: readonly Token[]

  constructor(tokens: readonly Token[], start = 0) {
    this.#tokens = tokens
    this.index = start
  }

  parseAll(): QueryNode {
    const node = this.#or()
    const t = this.#peek()
    if (t.type !== 'end') {
      throw new QuerySyntaxError(
        t.pos,
        t.type === ')' ? 'an operator or end of query (unbalanced ")")' : 'an operator',
        describeToken(t),
      )
    }
    return node
  }

  #peek(): Token {
    return this.#tokens[this.index]!
  }

  #next(): Token {
    const t = this.#tokens[this.index]!
    if (t.type !== 'end') {
      this.index++
    }
    return t
  }

  #or(): QueryNode {
    const children = [this.#and()]
    while (this.#peek().type === 'or') {
      this.#next()
      children.push(this.#and())
    }
    return children.length === 1 ? children[0]! : Q.or(children)
  }

  #and(): QueryNode {
    const children = [this.#unary()]
    for (;;) {
      const t = this.#peek()
      if (t.type === 'and') {
        this.#next()
        children.push(this.#unary())
      } else if (t.type === 'not') {
        children.push(this.#unary())
      } else if (t.type === 'word' || t.type === 'quoted' || t.type === '(' || t.type === 'field') {
        children.push(this.#unary())
      } else {
        break
      }
    }
    return children.length === 1 ? children[0]! : Q.and(children)
  }

  #unary(): QueryNode {
    if (this.#peek().type === 'not') {
      this.#next()
      return Q.not(this.#unary())
    }
    return this.#near()
  }

  #near(): QueryNode {
    const first = this.#primary()
    if (this.#peek().type !== 'near') {
      return first
    }
    const children: (TermNode | PhraseNode)[] = [this.#nearOperand(first)]
    let distance: number | undefined
    while (this.#peek().type === 'near') {
      const op = this.#next()
      const d = nearDistance(op)
      if (distance !== undefined && d !== distance) {
        throw new QuerySyntaxError(
          op.pos,
          `NEAR/${distance} (one distance per NEAR chain)`,
          op.text,
        )
      }
      distance = d
      children.push(this.#nearOperand(this.#primary()))
    }
    return Q.near(distance ?? DEFAULT_NEAR, children)
  }

  #nearOperand(node: QueryNode): TermNode | PhraseNode {
    if (node.kind === 'term' || node.kind === 'phrase') {
      return node
    }
    const t = this.#tokens[this.index - 1]!
    throw new QuerySyntaxError(t.pos, 'a word or "phrase" beside NEAR', `a ${node.kind} expression`)
  }

  #primary(): QueryNode {
    const t = this.#peek()
    switch (t.type) {
      case '(': {
        this.#next()
        const node = this.#or()
        const close = this.#peek()
        if (close.type !== ')') {
          throw new QuerySyntaxError(close.pos, '")"', describeToken(close))
        }
        this.#next()
        return node
      }
      case 'quoted':
        return this.#phrase()
      case 'word':
        this.#next()
        return termOf(t)
      case 'field':
        return this.parseField()
      case 'end':
      case ')':
      case ']':
      case '[':
      case 'and':
      case 'or':
      case 'not':
      case 'near':
        throw new QuerySyntaxError(t.pos, 'a word, "phrase", field or "("', describeToken(t))
    }
  }

  #phrase(): QueryNode {
    const t = this.#next()
    if (t.type !== 'quoted') {
      throw new QuerySyntaxError(t.pos, 'a "phrase"', describeToken(t))
    }
    if (!t.closed) {
      throw new QuerySyntaxError(t.pos + 1 + t.text.length, 'a closing quote (")', 'end of query')
    }
    const words = t.text.split(/\s+/u).filter((w) => w !== '')
    if (words.length === 0) {
      throw new QuerySyntaxError(t.pos, 'words inside the quotes', 'an empty phrase')
    }
    return Q.phrase(words)
  }

  /** A `name:value` clause; the current token is the field. */
  parseField(): QueryNode {
    const t = this.#next()
    const name = t.text
    if (isTextField(name)) {
      const value = this.#peek()
      if (value.type === 'field') {
        throw new QuerySyntaxError(
          value.pos,
          `a word, "phrase" or "(" after ${name}:`,
          describeToken(value),
        )
      }
      return Q.field(name, this.#primary())
    }
    if (isKeywordField(name)) {
      const value = this.#next()
      if (value.type === 'quoted' && value.closed && value.text.trim() !== '') {
        return Q.keyword(name, value.text.trim(), true)
      }
      if (value.type === 'word') {
        const v = name === 'cpc' || name === 'ipc' ? value.text.replace(/\*$/u, '') : value.text
        if (v !== '') {
          return Q.keyword(name, v)
        }
      }
      throw new QuerySyntaxError(value.pos, `a value after ${name}:`, describeToken(value))
    }
    if (isDateField(name)) {
      return this.#dateRange(name)
    }
    throw new QuerySyntaxError(t.pos, `a known field (${FIELD_LIST})`, `${name}:`)
  }

  #dateRange(field: 'pd' | 'prd'): QueryNode {
    const open = this.#next()
    if (open.type === 'word') {
      const from = bound(open, 'from')
      const to = bound(open, 'to')
      return Q.date(field, from, to)
    }
    if (open.type !== '[') {
      throw new QuerySyntaxError(
        open.pos,
        `a date or [FROM TO TO] after ${field}:`,
        describeToken(open),
      )
    }
    const lo = this.#next()
    if (lo.type !== 'word') {
      throw new QuerySyntaxError(lo.pos, 'a date or *', describeToken(lo))
    }
    const to = this.#next()
    if (to.type !== 'word' || to.text !== 'TO') {
      throw new QuerySyntaxError(to.pos, 'TO', describeToken(to))
    }
    const hi = this.#next()
    if (hi.type !== 'word') {
      throw new QuerySyntaxError(hi.pos, 'a date or *', describeToken(hi))
    }
    const close = this.#next()
    if (close.type !== ']') {
      throw new QuerySyntaxError(close.pos, '"]"', describeToken(close))
    }
    const from = lo.text === '*' ? undefined : bound(lo, 'from')
    const until = hi.text === '*' ? undefined : bound(hi, 'to')
    if (from !== undefined && until !== undefined && from > until) {
      throw new QuerySyntaxError(
        lo.pos,
        'a range whose start is not after its end',
        `${from} TO ${until}`,
      )
    }
    return Q.date(field, from, until)
  }
}

function bound(t: Token, side: 'from' | 'to'): string {
  const date = parseDateBound(t.text, side)
  if (date === undefined) {
    throw new QuerySyntaxError(
      t.pos,
      'a date YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD',
      describeToken(t),
    )
  }
  return date
}

function nearDistance(op: Token): number {
  if (op.text === 'NEAR') {
    return DEFAULT_NEAR
  }
  const m = /^NEAR\/(\d{1,3})$/u.exec(op.text)
  if (!m || Number(m[1]) < 1) {
    throw new QuerySyntaxError(op.pos, 'NEAR/n with a distance n from 1 to 999', describeToken(op))
  }
  return Number(m[1])
}

function termOf(t: Token): TermNode {
  const text = t.text
  const star = text.indexOf('*')
  if (star === -1) {
    return Q.term(text)
  }
  if (star !== text.length - 1) {
    throw new QuerySyntaxError(
      t.pos + star,
      'truncation (*) only at the end of a word',
      describeToken(t),
    )
  }
  if (star === 0) {
    throw new QuerySyntaxError(t.pos, 'a word before *', '"*"')
  }
  return Q.term(text.slice(0, -1), true)
}
