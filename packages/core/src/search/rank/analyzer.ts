import { porterStem } from '../../eligibility/novelty/stem.js'

/**
 * The text analysis shared by indexing and querying, so both sides produce the same keys:
 * NFKC, lower case, diacritics folded, words split on anything but letters and digits, Porter
 * stems for Latin words, and character bigrams for Chinese/Japanese/Korean runs (a later
 * segmenter can add words without changing the keys of Latin text). Stop words are kept in the
 * index (phrases need them) but are dropped from natural-language queries.
 */

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}'
const TOKEN_RE = new RegExp(`[${CJK}]+|[\\p{L}\\p{N}]+`, 'gu')
const CJK_RE = new RegExp(`^[${CJK}]`, 'u')
const ASCII_WORD = /^[a-z0-9]+$/u
const MARKS = /\p{M}/gu

/** Longest token indexed; longer runs (sequences, hashes) are cut. */
const MAX_TOKEN = 40

const stemCache = new Map<string, string>()

/** The index key of one lower-case word (cached Porter stem; non-ASCII words are folded first). */
export function termKey(word: string): string {
  let key = stemCache.get(word)
  if (key === undefined) {
    const folded = ASCII_WORD.test(word) ? word : word.normalize('NFD').replace(MARKS, '')
    key = porterStem(folded.length > MAX_TOKEN ? folded.slice(0, MAX_TOKEN) : folded)
    if (stemCache.size > 200_000) {
      stemCache.clear()
    }
    stemCache.set(word, key)
  }
  return key
}

/** A token with its position (word count) and its offsets in the analysed text. */
export interface AnalyzedToken {
  readonly key: string
  readonly position: number
  readonly start: number
  readonly end: number
}

/**
 * Calls `emit(key, position)` for every index key of `text`, in order. The fast path of
 * indexing: no token objects are allocated.
 */
export function forEachTerm(text: string, emit: (key: string, position: number) => void): number {
  let position = 0
  TOKEN_RE.lastIndex = 0
  const lower = text.toLowerCase()
  for (let m = TOKEN_RE.exec(lower); m !== null; m = TOKEN_RE.exec(lower)) {
    const run = m[0]
    if (CJK_RE.test(run)) {
      const chars = [...run]
      if (chars.length === 1) {
        emit(run, position++)
      }
      for (let i = 0; i + 1 < chars.length; i++) {
        emit(chars[i]! + chars[i + 1]!, position++)
      }
    } else {
      emit(termKey(run), position++)
    }
  }
  return position
}

/**
 * The raw terms of `text` in order, for the index builder's term-id cache: `word(run)` gets each
 * lower-case Latin/digit run before stemming (its key is `termKey(run)`), `cjk(key)` each CJK key
 * (a lone character or a bigram). Keys and order are those of `forEachTerm`. Returns the count.
 */
export function forEachRawTerm(
  text: string,
  word: (run: string) => void,
  cjk: (key: string) => void,
): number {
  let position = 0
  TOKEN_RE.lastIndex = 0
  const lower = text.toLowerCase()
  for (let m = TOKEN_RE.exec(lower); m !== null; m = TOKEN_RE.exec(lower)) {
    const run = m[0]
    if (CJK_RE.test(run)) {
      const chars = [...run]
      if (chars.length === 1) {
        cjk(run)
        position++
      }
      for (let i = 0; i + 1 < chars.length; i++) {
        cjk(chars[i]! + chars[i + 1]!)
        position++
      }
    } else {
      word(run)
      position++
    }
  }
  return position
}

/** Every token of `text` with positions and offsets (for phrase checks and highlighting). */
export function analyze(text: string): AnalyzedToken[] {
  const out: AnalyzedToken[] = []
  let position = 0
  const re = new RegExp(TOKEN_RE.source, 'gu')
  // Offsets refer to `text`; lower-casing can change lengths only for a few scripts, where the
  // highlight may then be off by a character, never the match.
  const lower = text.toLowerCase()
  const sameLength = lower.length === text.length
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    const run = m[0]
    const start = sameLength ? m.index : m.index
    if (CJK_RE.test(run)) {
      const chars = [...run]
      let offset = start
      if (chars.length === 1) {
        out.push({ key: run, position: position++, start, end: start + run.length })
      }
      for (let i = 0; i + 1 < chars.length; i++) {
        const a = chars[i]!
        const b = chars[i + 1]!
        out.push({
          key: a + b,
          position: position++,
          start: offset,
          end: offset + a.length + b.length,
        })
        offset += a.length
      }
    } else {
      out.push({ key: termKey(run), position: position++, start, end: start + run.length })
    }
  }
  return out
}

/**
 * The index key of two consecutive non-stop words (stop words between them are skipped, so
 * "transducer of the array" gives `transduc array`). A space never occurs inside a word key.
 */
export function bigramKey(a: string, b: string): string {
  return `${a} ${b}`
}

/** The keys of a query word or phrase, in order (a hyphenated word gives several). */
export function analyzeKeys(text: string): string[] {
  return analyze(text).map((t) => t.key)
}

/**
 * Words that carry no subject matter in a natural-language query: function words and the
 * boilerplate of claims and abstracts. Matched on index keys (stems).
 */
export const QUERY_STOP_KEYS: ReadonlySet<string> = new Set(
  `a an the said such this these those that which who whom whose it its they them their there
  and or nor not no but either neither both all any each every some other another same only also
  of to in on at for with without by from into onto upon over under above below between among
  within via through throughout than then when where whereby wherein whereas while whether if so
  as about per thereof therein thereto therefrom thereon thereby therewith herein hereby
  is are was were be been being has have had having do does did can may might must shall will
  would should could comprising comprises comprise comprised including includes include included
  consisting consists consist containing contains configured adapted arranged operable operative
  capable claim claims claimed according accordance one ones more most least plurality
  first second third further respective respectively corresponding associated
  predetermined substantially approximately generally essentially provided providing
  wherein characterised characterized whereupon thereafter invention present disclosed disclosure
  embodiment embodiments example examples use used using least thereto i ii iii
  der die das und oder ein eine einer eines einem einen mit von zu zur zum im in ist sind wird werden
  auf für bei als aus dem den des durch dass le la les un une des du de et ou en dans pour par sur
  avec est sont qui que`
    .split(/\s+/u)
    .filter((w) => w !== '')
    .map(termKey),
)
