/**
 * The lexer of the query language. Operators are upper-case words (`AND`, `OR`, `NOT`,
 * `NEAR/5`) so that the lower-case "and" of pasted prose stays a word; a field is letters
 * followed directly by `:` and a non-space character.
 */

/** One lexical token with its 0-based offset in the query. */
export type Token =
  | { readonly type: 'word'; readonly text: string; readonly pos: number }
  | {
      readonly type: 'quoted'
      readonly text: string
      readonly pos: number
      readonly closed: boolean
    }
  | { readonly type: 'field'; readonly text: string; readonly pos: number }
  | { readonly type: 'and' | 'or' | 'not'; readonly text: string; readonly pos: number }
  | { readonly type: 'near'; readonly text: string; readonly pos: number }
  | { readonly type: '(' | ')' | '[' | ']'; readonly text: string; readonly pos: number }
  | { readonly type: 'end'; readonly text: ''; readonly pos: number }

const SPECIAL = new Set(['(', ')', '[', ']', '"', '\u201c', '\u201d'])
const isSpace = (c: string): boolean => /\s/u.test(c)
const FIELD_RE = /^[A-Za-z]{2,3}$/

/** Splits a query into tokens; never throws (the parser reports what it did not expect). */
export function tokenize(input: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < input.length) {
    const c = input[i]!
    if (isSpace(c)) {
      i++
      continue
    }
    if (c === '(' || c === ')' || c === '[' || c === ']') {
      tokens.push({ type: c, text: c, pos: i })
      i++
      continue
    }
    if (c === '"' || c === '\u201c' || c === '\u201d') {
      let j = i + 1
      while (
        j < input.length &&
        input[j] !== '"' &&
        input[j] !== '\u201d' &&
        input[j] !== '\u201c'
      ) {
        j++
      }
      const closed = j < input.length
      tokens.push({ type: 'quoted', text: input.slice(i + 1, j), pos: i, closed })
      i = closed ? j + 1 : j
      continue
    }
    let j = i
    while (j < input.length && !isSpace(input[j]!) && !SPECIAL.has(input[j]!)) {
      if (input[j] === ':' && FIELD_RE.test(input.slice(i, j))) {
        break
      }
      j++
    }
    const text = input.slice(i, j)
    if (input[j] === ':' && j + 1 < input.length && !isSpace(input[j + 1]!)) {
      tokens.push({ type: 'field', text: text.toLowerCase(), pos: i })
      i = j + 1
      continue
    }
    if (input[j] === ':') {
      // "comprising: a transducer" — a colon before a space is prose, part of the word.
      j++
    }
    const word = input.slice(i, j)
    if (word === 'AND' || word === 'OR' || word === 'NOT') {
      tokens.push({ type: word.toLowerCase() as 'and' | 'or' | 'not', text: word, pos: i })
    } else if (word === 'NEAR' || word.startsWith('NEAR/')) {
      tokens.push({ type: 'near', text: word, pos: i })
    } else {
      tokens.push({ type: 'word', text: word, pos: i })
    }
    i = j
  }
  tokens.push({ type: 'end', text: '', pos: input.length })
  return tokens
}

/** How a token is named in an error message. */
export function describeToken(token: Token): string {
  switch (token.type) {
    case 'end':
      return 'end of query'
    case 'quoted':
      return `"${token.text}"`
    case 'field':
      return `field ${token.text}:`
    case 'word':
    case 'and':
    case 'or':
    case 'not':
    case 'near':
    case '(':
    case ')':
    case '[':
    case ']':
      return JSON.stringify(token.text)
  }
}
