import { analyzeKeys, forEachTerm } from './analyzer.js'
import type { PositionalCheck } from './boolean-evaluator.js'
import type { IndexDocument } from './index-builder.js'
import { FIELD_BIT, INDEX_FIELDS } from './rank-params.js'
import type { PhraseNode, TermNode } from '../query/ast.js'

/** An occurrence's first and last token position. */
export type Span = readonly [number, number]

/** Where a word or phrase occurs in a token list: [first, last] positions. */
function spans(tokens: readonly string[], node: TermNode | PhraseNode): Span[] {
  const keys =
    node.kind === 'term' ? analyzeKeys(node.text) : node.words.flatMap((w) => analyzeKeys(w))
  const prefix = node.kind === 'term' && node.prefix
  const out: Span[] = []
  if (keys.length === 0) {
    return out
  }
  for (let i = 0; i + keys.length <= tokens.length; i++) {
    let ok = true
    for (let j = 0; j < keys.length && ok; j++) {
      const key = tokens[i + j]!
      ok = prefix && j === keys.length - 1 ? key.startsWith(keys[j]!) : key === keys[j]
    }
    if (ok) {
      out.push([i, i + keys.length - 1])
    }
  }
  return out
}

/**
 * Whether a document satisfies a phrase or `NEAR/n` clause in one of the clause's fields:
 * a phrase needs its words consecutively; `NEAR/n` needs an occurrence of every operand with
 * at most `n` words between one operand's end and the next one's start (as SQLite FTS5 counts).
 */
export function checkPositions(doc: IndexDocument, check: PositionalCheck): boolean {
  for (const field of INDEX_FIELDS) {
    const text = doc[field]
    if ((check.fields & FIELD_BIT[field]) === 0 || !text) {
      continue
    }
    // Keys only (a token's position is its index): no token objects for a long text.
    const tokens: string[] = []
    forEachTerm(text, (key) => tokens.push(key))
    if (check.node.kind === 'phrase') {
      if (spans(tokens, check.node).length > 0) {
        return true
      }
      continue
    }
    const lists = check.node.children.map((c) => spans(tokens, c))
    if (lists.some((l) => l.length === 0)) {
      continue
    }
    if (nearWithin(lists, check.node.distance)) {
      return true
    }
  }
  return false
}

/**
 * Whether one occurrence of each operand can be chosen, anchored on the first operand's, with at
 * most `distance` words between each and the group so far.
 */
export function nearWithin(lists: readonly Span[][], distance: number): boolean {
  // Anchor on each occurrence of the first operand; every other operand needs an occurrence
  // whose gap to the group stays within the distance. Small lists: quadratic is fine.
  for (const anchor of lists[0]!) {
    let lo = anchor[0]
    let hi = anchor[1]
    let ok = true
    for (const list of lists.slice(1)) {
      let best: Span | undefined
      let bestGap = Infinity
      for (const s of list) {
        const gap = s[0] > hi ? s[0] - hi - 1 : lo > s[1] ? lo - s[1] - 1 : 0
        if (gap < bestGap) {
          bestGap = gap
          best = s
        }
      }
      if (best === undefined || bestGap > distance) {
        ok = false
        break
      }
      lo = Math.min(lo, best[0])
      hi = Math.max(hi, best[1])
    }
    if (ok) {
      return true
    }
  }
  return false
}
