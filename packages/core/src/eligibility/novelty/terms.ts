import { porterStem } from './stem.js'

/** A key term of a claim or claim element. */
export interface KeyTerm {
  /** The matching key: the Porter stem of a word, or a CJK character bigram. */
  readonly stem: string
  /** The word as first written, lower-cased (what a full-text index is sent). */
  readonly surface: string
  /** Occurrences in the text. */
  readonly count: number
  /** A Chinese/Japanese/Korean character bigram rather than a word. */
  readonly cjk: boolean
}

// Function words and claim boilerplate: they say how a claim is drafted, not what it claims.
const STOP_WORDS = new Set(
  `a an the said such this these those that which who whom whose it its they them their there
  and or nor not no but either neither both all any each every some other another same only also
  of to in on at for with without by from into onto upon over under above below between among
  within via through throughout than then when where whereby wherein whereas while whether if so
  as about per thereof therein thereto therefrom thereon thereby therewith herein hereby
  is are was were be been being has have had having do does did can may might must shall will
  would should could comprising comprises comprise comprised including includes include included
  consisting consists consist containing contains configured adapted arranged operable operative
  capable claim claims claimed according accordance one ones more most least plurality number
  first second third fourth fifth further respective respectively corresponding associated
  predetermined substantially approximately generally essentially provided providing
  method step steps wherein characterised characterized whereupon thereafter`.split(/\s+/u),
)

// Chinese and Japanese claim boilerplate and function characters, cut out before bigrams are made.
const CJK_STOP =
  /其特征在于|根据权利要求|如权利要求|权利要求|所述|一种|包括|包含|其中|以及|并且|用于|通过|至少|多个|第[一二三四五六七八九十]|前記|請求項|記載|であって|[的和与及或该其将被了在]/gu

const CJK_CHAR = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}ー'
const TOKEN = new RegExp(`[${CJK_CHAR}]+|(?:(?![${CJK_CHAR}])[\\p{L}\\p{N}])+`, 'gu')
const IS_CJK = new RegExp(`^[${CJK_CHAR}]`, 'u')
// In a claim, Japanese hiragana are particles and inflections: they separate the terms.
const CLAIM_CJK_SEGMENT = /[\p{Script=Han}\p{Script=Katakana}ー]+|\p{Script=Hangul}+/gu

/** A token of a text with its offset: a word, or a run of CJK characters. */
export interface Token {
  readonly text: string
  readonly start: number
  readonly cjk: boolean
}

/** Splits text into words and CJK runs (NFKC-normalised, so full-width letters are words). */
export function tokenize(text: string): Token[] {
  return [...text.normalize('NFKC').matchAll(TOKEN)].map((m) => ({
    text: m[0],
    start: m.index,
    cjk: IS_CJK.test(m[0]),
  }))
}

const stemCache = new Map<string, string>()

// Irregular verb forms the Porter stemmer leaves apart from their base ("driven" ≠ "drive").
const IRREGULAR: Readonly<Record<string, string>> = {
  driven: 'drive',
  drove: 'drive',
  made: 'make',
  held: 'hold',
  built: 'build',
  fed: 'feed',
  written: 'write',
  wrote: 'write',
  sent: 'send',
  taken: 'take',
  took: 'take',
  given: 'give',
  gave: 'give',
  chosen: 'choose',
  chose: 'choose',
  shown: 'show',
  known: 'know',
  ran: 'run',
  worn: 'wear',
  bound: 'bind',
  wound: 'wind',
  led: 'lead',
  spun: 'spin',
  struck: 'strike',
  stuck: 'stick',
  hung: 'hang',
  laid: 'lay',
  bent: 'bend',
  lit: 'light',
  kept: 'keep',
  found: 'find',
  grown: 'grow',
  grew: 'grow',
  drawn: 'draw',
  drew: 'draw',
  thrown: 'throw',
  threw: 'throw',
  fallen: 'fall',
  fell: 'fall',
  hidden: 'hide',
  hid: 'hide',
  shaken: 'shake',
  broken: 'break',
  broke: 'break',
  frozen: 'freeze',
  froze: 'freeze',
  borne: 'bear',
  torn: 'tear',
  sought: 'seek',
  caught: 'catch',
  brought: 'bring',
  taught: 'teach',
  thought: 'think',
  understood: 'understand',
  withdrawn: 'withdraw',
  overridden: 'override',
  read: 'read',
  sold: 'sell',
  told: 'tell',
  spoken: 'speak',
  woven: 'weave',
  slid: 'slide',
  rode: 'ride',
  ridden: 'ride',
  rose: 'rise',
  risen: 'rise',
  flew: 'fly',
  flown: 'fly',
  began: 'begin',
  begun: 'begin',
  became: 'become',
}

/** The matching key of a word: lower-cased, diacritics folded, Porter-stemmed (cached). */
export function wordStem(word: string): string {
  const cached = stemCache.get(word)
  if (cached !== undefined) {
    return cached
  }
  const folded = fold(word)
  const stem = porterStem(IRREGULAR[folded] ?? folded)
  if (stemCache.size > 50_000) {
    stemCache.clear()
  }
  stemCache.set(word, stem)
  return stem
}

/** Every character bigram of a CJK run ("电池组" → 电池, 池组). */
export function bigrams(run: string): string[] {
  const chars = [...run]
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]!)
}

/**
 * The matching keys present in a document passage: the stem of every word and every bigram of
 * every CJK run, stop words included (a superset of what a claim's key terms can ask for).
 */
export function passageStems(text: string): Set<string> {
  const stems = new Set<string>()
  for (const token of tokenize(text)) {
    if (token.cjk) {
      bigrams(token.text).forEach((b) => stems.add(b))
    } else {
      stems.add(wordStem(token.text))
    }
  }
  return stems
}

/**
 * Key terms of a claim or claim element, in order of first appearance: words other than stop
 * words, claim boilerplate ("comprising", "wherein", "said", "configured") and numbers
 * (reference signs such as "10a" and ordinals too), Porter-stemmed; Chinese and Japanese text as character
 * bigrams after cutting boilerplate ("所述", "其特征在于", "前記") and, for Japanese, hiragana.
 */
export function keyTerms(text: string): KeyTerm[] {
  const found = new Map<string, { surface: string; count: number; cjk: boolean }>()
  const add = (stem: string, surface: string, cjk: boolean): void => {
    const seen = found.get(stem)
    found.set(stem, { surface: seen?.surface ?? surface, count: (seen?.count ?? 0) + 1, cjk })
  }
  for (const token of tokenize(text)) {
    if (token.cjk) {
      for (const piece of token.text.replace(CJK_STOP, ' ').matchAll(CLAIM_CJK_SEGMENT)) {
        bigrams(piece[0]).forEach((b) => add(b, b, true))
      }
      continue
    }
    const word = fold(token.text)
    if (word.length < 2 || STOP_WORDS.has(word) || /^\d+(?:[a-z]|st|nd|rd|th)?$/u.test(word)) {
      continue
    }
    add(wordStem(word), word, false)
  }
  return [...found].map(([stem, t]) => ({ stem, ...t }))
}

function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}
