import { keyTerms } from '../eligibility/novelty/terms.js'
import type { ClaimLanguage } from './claim-structure.js'

/** What a limitation is: the preamble, a body element, or a "wherein" clause limiting another. */
export type LimitationKind = 'preamble' | 'element' | 'wherein'

/** One limitation (element) of a claim, as a claim chart lists it. */
export interface ClaimLimitation {
  /** The claim that states it (an inherited limitation keeps its own claim's number). */
  readonly claim: number
  /** Label in the chart: `1pre`, `1a`, `1b`, … `3a` for claim 3's own elements. */
  readonly id: string
  readonly kind: LimitationKind
  readonly text: string
  /**
   * For a `wherein` clause: the id of the limitation it limits (found by its subject: "wherein
   * each data tag includes …" limits the element that introduces "data tags"); absent when it
   * limits the claim as a whole. For an element listed under a header ("a housing comprising:"),
   * the header's id.
   */
  readonly limits?: string
}

const WHEREIN_START =
  /^(?:and\s+|or\s+)?(?:wherein|whereby|where|such\s+that|so\s+that|in\s+which|characteri[sz]ed\s+(?:in\s+that|by))\b[\s,]*/iu
const WHEREIN_INSIDE = /,?\s+(?:and\s+)?(?:wherein|whereby|such\s+that|in\s+which)\b[\s,]*/iu
const ZH_WHEREIN_START = /^(?:其中|并且其中|且其中|使得)[，,：:\s]*/u
const ZH_WHEREIN_INSIDE = /[，,](?:其中|并且其中|使得)[，,：:\s]*/u
// The subject of a "wherein" clause ends at its verb.
const SUBJECT_END =
  /\b(?:is|are|was|were|being|be|has|have|includes?|comprises?|comprising|including|contains?|consists?|extends?|forms?|defines?|provides?|configured|arranged|located|positioned|disposed|made|selected)\b/iu

interface Segment {
  readonly text: string
  readonly header: boolean
}

/**
 * Splits a claim body into its limitations. Office text puts one limitation per line or ends it
 * with `;` (`；` in Chinese, "と、" in Japanese); a body in one run is cut before each new
 * "a/an …" (and each "…ing" step of a method). A segment starting with "wherein" (其中) becomes a
 * `wherein` clause attached to the element it limits; a ", wherein …" tail of an element limits
 * that element. Items under a header ending in ":" are listed as elements under it ("wherein each
 * data tag includes: a detection ring …" → "each data tag includes a detection ring …").
 * `inherited` are the limitations of the claims this one depends on, which a dependent claim's
 * "wherein" clauses may limit.
 */
export function splitLimitations(
  body: string,
  options: {
    readonly claim: number
    readonly language: ClaimLanguage
    readonly method?: boolean
    readonly inherited?: readonly ClaimLimitation[]
    /** The body follows a "wherein" transition (a dependent claim): its clauses limit what came before. */
    readonly whereinBody?: boolean
  },
): ClaimLimitation[] {
  const { claim, language } = options
  const segments = segmentsOf(body, language, options.method ?? false)
  const own: ClaimLimitation[] = []
  const ids = idMaker(claim)
  const add = (kind: LimitationKind, raw: string, limits?: string): ClaimLimitation => {
    const limitation: ClaimLimitation = {
      claim,
      id: ids(),
      kind,
      text: tidy(raw),
      ...(limits === undefined ? {} : { limits }),
    }
    own.push(limitation)
    return limitation
  }
  let header:
    { limitation: ClaimLimitation | undefined; wherein: boolean; text: string } | undefined
  for (const segment of segments) {
    const whereinStart = language === 'zh' ? ZH_WHEREIN_START : WHEREIN_START
    const startsWherein = whereinStart.test(segment.text) || options.whereinBody === true
    const rest = segment.text.replace(whereinStart, '')
    if (segment.header) {
      if (startsWherein) {
        const target = attach(rest, own, options.inherited ?? [], language)
        header = { limitation: target, wherein: true, text: rest.replace(/[:：]\s*$/u, '') }
      } else {
        const limitation = add('element', segment.text.replace(/[:：]\s*$/u, ''))
        header = { limitation, wherein: false, text: '' }
      }
      continue
    }
    if (header?.wherein) {
      add('wherein', `${header.text} ${segment.text}`, header.limitation?.id)
      continue
    }
    if (startsWherein) {
      add('wherein', rest, attach(rest, own, options.inherited ?? [], language)?.id)
      continue
    }
    const inside = (language === 'zh' ? ZH_WHEREIN_INSIDE : WHEREIN_INSIDE).exec(segment.text)
    const head = inside && inside.index > 0 ? segment.text.slice(0, inside.index) : segment.text
    const element = add('element', head, header?.limitation?.id)
    if (inside && inside.index > 0) {
      add('wherein', segment.text.slice(inside.index + inside[0].length), element.id)
    }
  }
  return own
}

function idMaker(claim: number): () => string {
  let n = 0
  return () => {
    let k = n++
    let label = ''
    do {
      label = String.fromCharCode(97 + (k % 26)) + label
      k = Math.floor(k / 26) - 1
    } while (k >= 0)
    return `${claim}${label}`
  }
}

/**
 * The limitation a "wherein" clause limits: the one sharing most of its subject's terms, the
 * earliest on a tie (where the term is introduced: its antecedent).
 */
function attach(
  clause: string,
  own: readonly ClaimLimitation[],
  inherited: readonly ClaimLimitation[],
  language: ClaimLanguage,
): ClaimLimitation | undefined {
  const end = language === 'en' ? SUBJECT_END.exec(clause) : /[是为為包具有]/u.exec(clause)
  const subject = clause.slice(0, end && end.index > 0 ? end.index : Math.min(clause.length, 60))
  const stems = new Set(keyTerms(subject).map((t) => t.stem))
  if (stems.size === 0) {
    return undefined
  }
  let best: { limitation: ClaimLimitation; hits: number } | undefined
  for (const limitation of [...inherited, ...own]) {
    const hits = keyTerms(limitation.text).filter((t) => stems.has(t.stem)).length
    // The preamble is the target only when no element names the subject.
    const weighted = limitation.kind === 'preamble' ? hits - 0.5 : hits
    if (hits > 0 && (!best || weighted > best.hits)) {
      best = { limitation, hits: weighted }
    }
  }
  return best?.limitation
}

/** The body cut into segments (one limitation or header each), connectors and punctuation trimmed. */
function segmentsOf(body: string, language: ClaimLanguage, method: boolean): Segment[] {
  let pieces: string[]
  if (language === 'en') {
    pieces = splitTopLevel(body, /\n|;/u)
    if (pieces.length === 1) {
      const cut = method
        ? /,\s*(?:and\s+|then\s+)?(?=(?:a|an|at\s+least|one\s+or\s+more|two|three|four|plural|said|[a-z]+ing)\s)/iu
        : /,\s*(?:and\s+)?(?=(?:a|an|at\s+least|one\s+or\s+more|two|three|four|plural)\s)/iu
      pieces = splitTopLevel(pieces[0]!, cut)
    }
  } else if (language === 'zh') {
    pieces = splitTopLevel(body, /\n|[；;]/u)
  } else {
    pieces = splitTopLevel(body, /\n|[；;]|(?<=と)[、，,]/u)
  }
  return pieces
    .map((p) => p.trim())
    .filter((p) => tidy(p).length > 0)
    .map((p) => ({ text: p, header: /[:：]$/u.test(p) && p.length > 1 }))
}

/** Splits at `separator` outside parentheses and brackets. */
function splitTopLevel(text: string, separator: RegExp): string[] {
  const out: string[] = []
  let depth = 0
  let start = 0
  const global = new RegExp(separator.source, `${separator.flags.replace('g', '')}g`)
  const cuts: { at: number; length: number }[] = []
  for (const m of text.matchAll(global)) {
    cuts.push({ at: m.index, length: m[0].length })
  }
  let cut = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '(' || ch === '[' || ch === '（' || ch === '【') {
      depth++
    } else if ((ch === ')' || ch === ']' || ch === '）' || ch === '】') && depth > 0) {
      depth--
    }
    while (cut < cuts.length && cuts[cut]!.at < i) {
      cut++
    }
    const c = cuts[cut]
    if (c && c.at === i && (depth === 0 || text[i] === '\n')) {
      out.push(text.slice(start, i))
      start = i + c.length
      i = start - 1
      cut++
      depth = 0
    }
  }
  out.push(text.slice(start))
  return out
}

/** Connectors and punctuation at the ends of a limitation trimmed: "and a motor;" → "a motor". */
function tidy(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/^(?:and|or|and\/or|then)(?:\s+|$)|^(?:以及|并且|而且|和|及|且)/iu, '')
    .replace(/^[\s,，、:：;；]+/u, '')
    .replace(/(?:(?<=[\s,;，；])(?:and|or|and\/or)|[\s,;:.，；：。、]|と)+$/iu, '')
    .trim()
}
