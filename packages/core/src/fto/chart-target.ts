import { sentences } from '../eligibility/novelty/disclosure.js'
import { keyTerms, passageStems, tokenize } from '../eligibility/novelty/terms.js'

/**
 * Cross-language port: glosses the words of a text in another language with the words of the
 * claims' language (a Chinese product description → English words). The query-understanding layer
 * (`@chuhai/text-zh`, clir) implements it with segmentation and its glossary; until then the CLI
 * ships a CC-CEDICT glosser. Pure data in, pure data out: no network.
 */
export interface TextGlosser {
  /** Glosser id and version, reported with every chart made through it. */
  readonly id: string
  /** ISO 639-1 languages it glosses from (`zh`). */
  readonly from: readonly string[]
  /** Words of `text` with their translations, best first; spans may overlap (a word and its parts). */
  gloss(text: string): readonly GlossSpan[]
}

/** One glossed word of a text. */
export interface GlossSpan {
  readonly start: number
  readonly end: number
  /** The word as written (`打印机`). */
  readonly source: string
  /** Its translations, best first (`printer`, `printing machine`). */
  readonly translations: readonly string[]
}

/** A passage of the text charted against: a sentence (or a line of a feature list). */
export interface ChartPassage {
  readonly field: string
  readonly text: string
  /** Matching keys: word stems and CJK bigrams of the text, and the stems of its glosses. */
  readonly stems: ReadonlySet<string>
  /** For a stem that came from a gloss: the source word it translates (for the "why"). */
  readonly via: ReadonlyMap<string, string>
  /** Stems the passage says the product does NOT have ("没有打印机", "without a printer"). */
  readonly negated: ReadonlySet<string>
}

/** A product description or prior-art document prepared for charting. */
export interface ChartTarget {
  readonly id: string
  readonly passages: readonly ChartPassage[]
  /** Glosser used, when the text was glossed. */
  readonly glosser?: string
}

/** One field of a target text (`description`, `claims`, `features`, …). */
export interface TargetField {
  readonly field: string
  readonly text: string
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

/**
 * A clause that denies a feature: "没有打印机", "笔本身不带图像传感器", "无需服务器", "without a
 * printer", "does not have a sensor". (Not 无线 "wireless", 不可见 "invisible": they describe.)
 */
export const NEGATION =
  /没有|並無|并无|无需|無需|不带|不帶|不含|不包括|不包含|不具有|不具备|不需要|不使用|不设|不配备|未设|未配备|并非|並非|\b(?:no|not|without|lacks?|lacking|never|none|neither|nor|free\s+of|absent)\b|ない(?:[。、]|$)|なし|無し/iu

/** The clauses of a sentence: cut at commas, semicolons and colons (full- and half-width). */
export function clauses(sentence: string): string[] {
  return sentence.split(/[，,；;：:]|(?<=[^\d])\.(?=\s)/u).filter((c) => c.trim() !== '')
}

/**
 * Cuts the fields into passages and computes their matching keys; with a glosser, passages in
 * another script also get the stems of their words' translations, so English claim terms can
 * match a Chinese product description. Feature lists (one feature a line) keep one line a passage.
 */
export function prepareTarget(
  id: string,
  fields: readonly TargetField[],
  glosser?: TextGlosser,
): ChartTarget {
  const passages: ChartPassage[] = []
  let glossed = false
  for (const { field, text } of fields) {
    for (const sentence of sentences(text)) {
      const stems = new Set<string>()
      const negated = new Set<string>()
      const via = new Map<string, string>()
      for (const clause of clauses(sentence)) {
        const into = NEGATION.test(clause) ? negated : stems
        passageStems(clause).forEach((stem) => into.add(stem))
        if (glosser && CJK.test(clause)) {
          glossed = true
          for (const span of glosser.gloss(clause)) {
            for (const translation of span.translations) {
              for (const term of keyTerms(translation)) {
                if (!into.has(term.stem)) {
                  into.add(term.stem)
                  if (into === stems) {
                    via.set(term.stem, span.source)
                  }
                }
              }
            }
          }
        }
      }
      // What one clause has, another's negation does not take away.
      stems.forEach((stem) => negated.delete(stem))
      passages.push({ field, text: sentence, stems, via, negated })
    }
  }
  return { id, passages, ...(glossed && glosser ? { glosser: glosser.id } : {}) }
}

/** Whether a text is mostly CJK (a Chinese or Japanese description). */
export function isCjkText(text: string): boolean {
  const tokens = tokenize(text)
  const cjk = tokens.filter((t) => t.cjk).reduce((n, t) => n + t.text.length, 0)
  const latin = tokens.filter((t) => !t.cjk).reduce((n, t) => n + t.text.length, 0)
  return cjk > latin
}

/** The distinct matching keys of a text, for document-frequency statistics over a corpus. */
export function passageStemsForStats(text: string): Set<string> {
  return passageStems(text)
}
