import { LEXICONS, type LexiconData, type LexiconEntry } from './lexicon/index.js'
import { FEATURE_CATEGORIES, type FeatureCategory } from './types.js'

/** A vocabulary hit before overlaps are resolved. */
export interface RawMatch {
  readonly category: FeatureCategory
  readonly entry: string
  readonly weight: number
  readonly start: number
  readonly end: number
}

interface CompiledEntry {
  readonly category: FeatureCategory
  readonly entry: string
  readonly weight: number
  readonly patterns: readonly RegExp[]
}

const WORD = '[\\p{L}\\p{N}]'
// Ties between equally long matches go to the more specific category (earlier here).
const PRIORITY: readonly FeatureCategory[] = [
  'physical-output',
  'technical-processing',
  'computer-improvement',
  'specific-hardware',
  'technical-effect',
  'physical-input',
  'technical-field',
  'ml-specifics',
  'business',
  'cognitive',
  'math',
  'ai-model',
  'information-output',
  'generic-computer',
  'mental',
]

let compiled: readonly CompiledEntry[] | undefined

// A term that ends in a function word ("driving the", "control of") also takes the next word, so
// the evidence names what is driven or controlled.
const OPEN_ENDED = new Set(['the', 'a', 'an', 'of', 'to', 'up'])
const OBJECT = `(?:[\\s-]+(?:said|the|a|an|its|their))?[\\s-]+${WORD}[\\p{L}\\p{N}-]*`

/**
 * Regular-expression source for one English term: `*` = any word ending, a lone `*` = any one
 * word, a trailing function word ("the", "of" …) also takes the following word.
 */
export function englishTermSource(term: string): string {
  const words = term.trim().split(/\s+/u)
  const open = words.length > 1 && OPEN_ENDED.has(words.at(-1)!.toLowerCase())
  const tokens = words.map((token) => {
    if (token === '*') {
      return '\\S+'
    }
    const star = token.endsWith('*')
    const body = escape(star ? token.slice(0, -1) : token)
    return star ? `${body}${WORD}*` : body
  })
  return tokens.join('[\\s-]+') + (open ? OBJECT : '')
}

/** Regular-expression source for a Chinese, Japanese or Korean term (spaces optional). */
export function cjkTermSource(term: string): string {
  return term
    .trim()
    .split(/\s+/u)
    .map((t) => escape(t))
    .join('\\s*')
}

function compileEntry(lexicon: LexiconData, entry: LexiconEntry): CompiledEntry {
  // Longer terms first: a regular expression alternation takes the first alternative that matches.
  const english = [...byLength(entry.en).map(englishTermSource), ...(entry.enPatterns ?? [])]
  const cjk = byLength([...(entry.zh ?? []), ...(entry.ja ?? []), ...(entry.ko ?? [])]).map(
    cjkTermSource,
  )
  const patterns: RegExp[] = []
  if (english.length > 0) {
    patterns.push(new RegExp(`(?<!${WORD})(?:${english.join('|')})(?!${WORD})`, 'giu'))
  }
  if (cjk.length > 0) {
    patterns.push(new RegExp(cjk.join('|'), 'giu'))
  }
  return {
    category: lexicon.category,
    entry: `${lexicon.category}.${entry.id}`,
    weight: entry.weight ?? 1,
    patterns,
  }
}

function compiledEntries(): readonly CompiledEntry[] {
  compiled ??= FEATURE_CATEGORIES.flatMap((c) =>
    LEXICONS[c].entries.map((e) => compileEntry(LEXICONS[c], e)),
  )
  return compiled
}

/**
 * Every vocabulary hit in `text`, overlaps resolved: the longer match wins, then the heavier entry,
 * then the more specific category. Sorted by offset.
 */
export function matchLexicons(text: string): RawMatch[] {
  const raw: RawMatch[] = []
  for (const c of compiledEntries()) {
    for (const re of c.patterns) {
      for (const m of text.matchAll(re)) {
        if (m[0].length > 0) {
          raw.push({
            category: c.category,
            entry: c.entry,
            weight: c.weight,
            start: m.index,
            end: m.index + m[0].length,
          })
        }
      }
    }
  }
  raw.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      b.weight - a.weight ||
      PRIORITY.indexOf(a.category) - PRIORITY.indexOf(b.category) ||
      a.start - b.start,
  )
  const taken = new Uint8Array(text.length)
  const kept: RawMatch[] = []
  for (const m of raw) {
    let free = true
    for (let i = m.start; i < m.end && free; i++) {
      free = taken[i] === 0
    }
    if (free) {
      taken.fill(1, m.start, m.end)
      kept.push(m)
    }
  }
  return kept.sort((a, b) => a.start - b.start)
}

function byLength(terms: readonly string[] = []): string[] {
  return [...terms].sort((a, b) => b.length - a.length)
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')
}
