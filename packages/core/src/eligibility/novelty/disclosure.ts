import type { ElementTerms } from './query.js'
import { passageStems, tokenize } from './terms.js'
import type {
  Disclosure,
  DisclosureThresholds,
  ElementDisclosure,
  HintDocument,
  HintField,
  NoveltyHint,
} from './types.js'

/** Default thresholds: `yes` when ≥ 75% of an element's key terms occur, `partly` from 40%. */
export const DISCLOSURE_THRESHOLDS: DisclosureThresholds = { yes: 0.75, partly: 0.4 }

/** Longest evidence passage, in characters; longer sentences are cut around the first match. */
const EVIDENCE_MAX = 300

const FIELDS: readonly HintField[] = ['title', 'abstract', 'claims', 'description']

interface Passage {
  readonly field: HintField
  readonly text: string
  readonly stems: ReadonlySet<string>
}

/**
 * Scores how a document discloses each claim element: the fraction of the element's key terms
 * found (stemmed) anywhere in its title, abstract, claims or description, the status by
 * `thresholds`, and the sentence holding most of those terms as evidence. Pure.
 */
export function scoreDisclosure(
  elements: readonly ElementTerms[],
  doc: HintDocument,
  thresholds: DisclosureThresholds = DISCLOSURE_THRESHOLDS,
): NoveltyHint {
  const passages = FIELDS.flatMap((field) =>
    sentences(doc.texts[field] ?? '').map((text) => ({ field, text, stems: passageStems(text) })),
  )
  const all = new Set(passages.flatMap((p) => [...p.stems]))
  const disclosed = elements.map((e) => discloseElement(e, passages, all, thresholds))
  const mean = disclosed.reduce((sum, d) => sum + d.coverage, 0) / Math.max(1, disclosed.length)
  return {
    publicationNumber: doc.publicationNumber,
    ...(doc.title === undefined ? {} : { title: doc.title }),
    ...(doc.date === undefined ? {} : { date: doc.date }),
    score: Math.round(mean * 100) / 100,
    ...(doc.relevance === undefined ? {} : { relevance: doc.relevance }),
    elements: disclosed,
    coveredElements: disclosed.filter((d) => d.status === 'yes').length,
    totalElements: disclosed.length,
  }
}

/**
 * Hints best first: most elements disclosed (`yes`), then score, then the backend's relevance,
 * then publication number (so equal inputs give equal output).
 */
export function rankHints(hints: readonly NoveltyHint[]): NoveltyHint[] {
  return [...hints].sort(
    (a, b) =>
      b.coveredElements - a.coveredElements ||
      b.score - a.score ||
      (b.relevance ?? 0) - (a.relevance ?? 0) ||
      a.publicationNumber.localeCompare(b.publicationNumber),
  )
}

function discloseElement(
  e: ElementTerms,
  passages: readonly Passage[],
  all: ReadonlySet<string>,
  thresholds: DisclosureThresholds,
): ElementDisclosure {
  const matched = e.terms.filter((t) => all.has(t.stem))
  const coverage = Math.round((matched.length / e.terms.length) * 100) / 100
  const status: Disclosure =
    coverage >= thresholds.yes ? 'yes' : coverage >= thresholds.partly ? 'partly' : 'no'
  let best: { passage: Passage; hits: number } | undefined
  for (const passage of passages) {
    const hits = matched.filter((t) => passage.stems.has(t.stem)).length
    if (hits > 0 && (!best || hits > best.hits)) {
      best = { passage, hits }
    }
  }
  const inBest = new Set(matched.filter((t) => best?.passage.stems.has(t.stem)).map((t) => t.stem))
  return {
    element: e.element,
    status,
    coverage,
    matchedTerms: matched.map((t) => t.surface),
    missingTerms: e.terms.filter((t) => !all.has(t.stem)).map((t) => t.surface),
    ...(best
      ? { evidence: { field: best.passage.field, text: excerpt(best.passage.text, inBest) } }
      : {}),
  }
}

// A sentence ends at `.!?;:` before a space, except after "FIG.", "No.", "e.g." and the like.
const SENTENCE_END =
  /(?<!\b(?:figs?|nos?|e\.g|i\.e|etc|cf|approx|ser|pat|u\.s)\.)(?<=[.!?;:](?=\s))\s+|(?<=[。；！？])|\n+/iu

/** Sentences (and claim clauses: `;` ends one) of a text, whitespace collapsed. */
export function sentences(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((s) => s.replace(/\s+/gu, ' ').trim())
    .filter((s) => s.length > 0)
}

/** The sentence, or a window of it starting shortly before the first matching word. */
function excerpt(sentence: string, stems: ReadonlySet<string>): string {
  const text = sentence.normalize('NFKC')
  if (text.length <= EVIDENCE_MAX) {
    return text
  }
  const first = tokenize(text).find((t) => [...passageStems(t.text)].some((s) => stems.has(s)))
  const from = Math.max(0, Math.min((first?.start ?? 0) - 60, text.length - EVIDENCE_MAX))
  const start = from === 0 ? 0 : text.indexOf(' ', from) + 1 || from
  const window = text.slice(start, start + EVIDENCE_MAX)
  return `${start > 0 ? '…' : ''}${window.trimEnd()}${start + EVIDENCE_MAX < text.length ? '…' : ''}`
}
