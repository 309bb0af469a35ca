import { createError } from '@chuhai/core'

const FIELDS: Readonly<Record<string, string>> = {
  ti: 'title',
  title: 'title',
  ab: 'abstract',
  abstract: 'abstract',
  cl: 'claims',
  claims: 'claims',
  de: 'description',
  desc: 'description',
  description: 'description',
}

type Token =
  | { readonly t: 'term'; readonly text: string; readonly prefix: boolean; readonly field?: string }
  | { readonly t: 'phrase'; readonly text: string; readonly field?: string }
  | { readonly t: 'op'; readonly op: 'AND' | 'OR' | 'NOT' }
  | { readonly t: 'paren'; readonly open: boolean }

const WORD = /[\p{L}\p{N}_]+/gu

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`
}

function tokens(input: string): Token[] {
  const out: Token[] = []
  const re = /\s*(?:(\()|(\))|(-)?(?:([a-z]+):)?(?:"([^"]*)"?|([^\s()"]+)))/giy
  let m: RegExpExecArray | null
  while ((m = re.exec(input)) !== null && m[0] !== '') {
    const [, open, close, minus, rawField, phrase, word] = m
    if (open || close) {
      out.push({ t: 'paren', open: Boolean(open) })
      continue
    }
    const field = rawField ? FIELDS[rawField.toLowerCase()] : undefined
    if (rawField && !field) {
      // Not a field prefix we know (e.g. a colon inside a word): treat the whole as words.
      for (const w of `${rawField} ${word ?? phrase ?? ''}`.match(WORD) ?? []) {
        out.push({ t: 'term', text: w, prefix: false })
      }
      continue
    }
    if (minus) {
      out.push({ t: 'op', op: 'NOT' })
    }
    if (phrase !== undefined) {
      const words = phrase.match(WORD) ?? []
      if (words.length > 0) {
        out.push({ t: 'phrase', text: words.join(' '), ...(field ? { field } : {}) })
      }
      continue
    }
    const w = word ?? ''
    if (!field && !minus && /^(AND|OR|NOT)$/.test(w)) {
      out.push({ t: 'op', op: w as 'AND' | 'OR' | 'NOT' })
      continue
    }
    const parts = w.match(WORD) ?? []
    parts.forEach((p, i) => {
      const prefix = i === parts.length - 1 && w.endsWith('*')
      out.push({ t: 'term', text: p, prefix, ...(field ? { field } : {}) })
    })
  }
  return out
}

/**
 * Compiles the workspace query language to an FTS5 `MATCH` expression that FTS5 always accepts:
 * words are quoted (so `AND`-like words and punctuation never become syntax), operators are kept
 * only where they join two operands, parentheses only when balanced. Throws `USAGE` when nothing
 * searchable is left.
 *
 * Syntax: `word word` (all), `a OR b`, `NOT b` / `-b`, `"exact phrase"`, `robot*` (prefix),
 * `ti:` `ab:` `cl:` `de:` (title, abstract, claims, description), parentheses.
 */
export function queryToFts(input: string): string {
  const out: string[] = []
  let depth = 0
  let needOperand = true
  let pendingOp: string | undefined
  const balanced = (() => {
    let d = 0
    for (const t of tokens(input)) {
      if (t.t === 'paren') {
        d += t.open ? 1 : -1
        if (d < 0) {
          return false
        }
      }
    }
    return d === 0
  })()
  const operand = (text: string): void => {
    if (!needOperand) {
      out.push(pendingOp ?? 'AND')
    } else if (pendingOp === 'NOT' && out.length > 0) {
      out.push('NOT')
    }
    out.push(text)
    needOperand = false
    pendingOp = undefined
  }
  for (const t of tokens(input)) {
    switch (t.t) {
      case 'term':
        operand(
          (t.field ? `${t.field} : ` : '') + quote(t.text.toLowerCase()) + (t.prefix ? ' *' : ''),
        )
        break
      case 'phrase':
        operand((t.field ? `${t.field} : ` : '') + quote(t.text.toLowerCase()))
        break
      case 'op':
        pendingOp = t.op
        break
      case 'paren':
        if (!balanced) {
          break
        }
        if (t.open) {
          if (!needOperand) {
            out.push(pendingOp ?? 'AND')
          }
          out.push('(')
          depth++
          needOperand = true
          pendingOp = undefined
        } else if (depth > 0) {
          if (needOperand) {
            // Empty group `()` or a dangling operator: close on a harmless operand-free form.
            while (out.at(-1) === '(') {
              out.pop()
              depth--
            }
            if (out.length > 0 && /^(AND|OR|NOT)$/.test(out.at(-1) ?? '')) {
              out.pop()
            }
            needOperand = out.length === 0 || out.at(-1) === '('
            if (depth === 0 || out.at(-1) === '(') {
              continue
            }
          }
          out.push(')')
          depth--
          needOperand = false
        }
        break
      default:
        break
    }
  }
  while (out.length > 0 && /^(AND|OR|NOT|\()$/.test(out.at(-1) ?? '')) {
    if (out.pop() === '(') {
      depth--
    }
  }
  out.push(...Array<string>(Math.max(0, depth)).fill(')'))
  const match = out.join(' ')
  if (!/"/.test(match)) {
    throw createError('USAGE', `query ${JSON.stringify(input)} has no searchable words`)
  }
  return match
}
