import type { WeightedConcept, WeightedForm, WeightedQuery } from '../weighted-query.js'
import type { Glossary } from './glossary.js'
import type { BilingualLexicon, TranslationCandidate } from './lexicon.js'
import type { ScriptConverter, Segmenter } from './segmenter.js'
import { ZH_FUNCTION_WORDS } from './stopwords-zh.js'

/** What the Chinese → English translator needs; the native parts come from `@chuhai/text-zh`. */
export interface ZhEnResources {
  readonly segmenter: Segmenter
  readonly script: ScriptConverter
  readonly glossary: Glossary
  /** General dictionary (CC-CEDICT), candidates already ranked; optional. */
  readonly dictionary?: BilingualLexicon
}

/** Tunable weights of the translation; the defaults were set on the development set (docs/design/clir.md). */
export interface ZhEnWeights {
  /** Concept weight of a glossary term. */
  readonly glossary: number
  /** Concept weight of a dictionary (CC-CEDICT) term of two or more characters. */
  readonly dictionary: number
  /** Concept weight of a single-character dictionary word. */
  readonly singleChar: number
  /** Multiplier for glossary terms of the `generic` domain (method, system, device …). */
  readonly generic: number
  /** Weight of the parts of a compound relative to the compound itself. */
  readonly part: number
  /** Concept weight of a Latin token of the query (DNN, GPU, 5G). */
  readonly latin: number
  /** Most candidate translations kept per dictionary word. */
  readonly maxDictionaryForms: number
}

/** Default weights (see docs/design/clir.md for how they were measured). */
export const DEFAULT_ZH_EN_WEIGHTS: ZhEnWeights = {
  glossary: 1,
  dictionary: 0.6,
  singleChar: 0.25,
  generic: 0.25,
  part: 0.4,
  latin: 1,
  maxDictionaryForms: 3,
}

const HAN = /\p{Script=Han}/u
const LATIN = /^[a-z0-9][a-z0-9.+\-/]*$/i
const MAX_MERGE_TOKENS = 5

interface Unit {
  readonly text: string
  readonly latin: boolean
}

interface Translation {
  readonly forms: readonly TranslationCandidate[]
  readonly kind: 'glossary' | 'dictionary' | 'compound'
  readonly parts: readonly string[]
}

/**
 * Translates a Chinese (Simplified or Traditional) query into an English `WeightedQuery`.
 * Each content word becomes one concept whose forms are its candidate translations — glossary
 * first, then CC-CEDICT senses ranked by specificity; compounds are translated as a phrase and,
 * as extra lighter concepts, by their parts. Function and claim-structure words are dropped.
 */
export class ZhEnTranslator {
  readonly from = 'zh'
  readonly to = 'en'
  private readonly weights: ZhEnWeights

  constructor(
    private readonly resources: ZhEnResources,
    weights: Partial<ZhEnWeights> = {},
  ) {
    this.weights = { ...DEFAULT_ZH_EN_WEIGHTS, ...weights }
  }

  /** The English weighted query for `text`. */
  translate(text: string): WeightedQuery {
    const simplified = this.resources.script.toSimplified(text.normalize('NFKC'))
    const units = this.units(simplified)
    const concepts = new Map<string, { concept: WeightedConcept; tf: number }>()
    const add = (key: string, concept: WeightedConcept): void => {
      const prior = concepts.get(key)
      if (prior) {
        prior.tf++
      } else {
        concepts.set(key, { concept, tf: 1 })
      }
    }
    for (const unit of units) {
      if (unit.latin) {
        this.latinConcept(unit.text, add)
        continue
      }
      if (this.isStopword(unit.text)) {
        continue
      }
      const t = this.translateTerm(unit.text)
      if (!t) {
        continue
      }
      if (t.forms.length > 0) {
        add(unit.text, {
          forms: t.forms.map(toForm),
          weight: this.baseWeight(unit.text, t),
          source: 'translation',
          origin: unit.text,
        })
      }
      // Parts of an unknown compound carry its meaning; parts of a known term only add recall.
      const partFactor = t.kind === 'compound' ? 1 : this.weights.part
      for (const part of t.parts) {
        if (this.isStopword(part)) {
          continue
        }
        const pt = this.translateTerm(part, false)
        if (!pt) {
          continue
        }
        add(`${part}`, {
          forms: pt.forms.map(toForm),
          weight: this.baseWeight(part, pt) * partFactor,
          source: 'translation',
          origin: part,
        })
      }
    }
    return {
      language: 'zh',
      concepts: [...concepts.values()].map(({ concept, tf }) => ({
        ...concept,
        weight: round(concept.weight * (1 + Math.log(tf))),
      })),
    }
  }

  private isStopword(word: string): boolean {
    return ZH_FUNCTION_WORDS.has(word) || this.resources.glossary.stopwords.has(word)
  }

  private baseWeight(word: string, t: Translation): number {
    const w = this.weights
    if (t.kind === 'glossary') {
      return w.glossary * (this.resources.glossary.generic.has(word) ? w.generic : 1)
    }
    if (t.kind === 'compound') {
      return w.dictionary * w.part
    }
    return [...word].length === 1 ? w.singleChar : w.dictionary
  }

  /** Segments and merges adjacent tokens that together form a glossary headword. */
  private units(simplified: string): Unit[] {
    const tokens = this.resources.segmenter.segment(simplified).filter((t) => t.trim() !== '')
    const glossary = this.resources.glossary.zhEn
    const units: Unit[] = []
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!
      if (!HAN.test(token)) {
        if (LATIN.test(token)) {
          units.push({ text: token.toLowerCase(), latin: true })
        }
        continue
      }
      let best = 1
      let joined = token
      for (let k = 2; k <= MAX_MERGE_TOKENS && i + k <= tokens.length; k++) {
        joined += tokens[i + k - 1]!
        if (joined.length > glossary.maxHeadwordLength) {
          break
        }
        if (glossary.has(joined) || this.resources.glossary.stopwords.has(joined)) {
          best = k
        }
      }
      units.push({ text: tokens.slice(i, i + best).join(''), latin: false })
      i += best - 1
    }
    return units
  }

  private latinConcept(token: string, add: (key: string, c: WeightedConcept) => void): void {
    if (/^\d+([.,]\d+)?$/.test(token) || token.length < 2) {
      return
    }
    const expansions = this.resources.glossary.zhEn.lookup(token)
    const forms: WeightedForm[] = [{ text: token, weight: 1 }, ...expansions.map(toForm)]
    add(token, { forms, weight: this.weights.latin, source: 'original', origin: token })
  }

  /**
   * Candidate translations of one word: glossary, else dictionary, else a compound of known
   * parts (forward maximum matching). Words of three or more characters also report their parts.
   */
  private translateTerm(word: string, withParts = true): Translation | undefined {
    const { glossary, dictionary } = this.resources
    const fromGlossary = glossary.zhEn.lookup(word)
    // Parts of a known term only where they are words themselves (深度|神经网络, not 神经网|络).
    const split = withParts && [...word].length >= 3 ? this.decompose(word, true) : []
    const parts = split.every((p) => [...p].length >= 2) ? split : []
    if (fromGlossary.length > 0) {
      return { forms: fromGlossary, kind: 'glossary', parts }
    }
    const fromDictionary = dictionary?.lookup(word) ?? []
    if (fromDictionary.length > 0) {
      return {
        forms: fromDictionary.slice(0, this.weights.maxDictionaryForms),
        kind: 'dictionary',
        parts,
      }
    }
    const pieces = this.decompose(word, false)
    if (pieces.length < 2) {
      return undefined
    }
    const translated = pieces.map((p) => this.translateTerm(p, false)?.forms ?? [])
    if (translated.some((t) => t.length === 0)) {
      // Unknown characters: keep the translatable parts as concepts of their own.
      return { forms: [], kind: 'compound', parts: pieces } satisfies Translation
    }
    return { forms: phraseCombinations(translated), kind: 'compound', parts: pieces }
  }

  /**
   * Splits `word` into known headwords by forward maximum matching (glossary before dictionary).
   * With `proper`, the whole word is never returned as its own part.
   */
  private decompose(word: string, proper: boolean): string[] {
    const { glossary, dictionary } = this.resources
    const chars = [...word]
    const parts: string[] = []
    let i = 0
    while (i < chars.length) {
      let len = Math.min(chars.length - i, Math.max(glossary.zhEn.maxHeadwordLength, 4))
      if (proper && i === 0) {
        len = Math.min(len, chars.length - 1)
      }
      for (; len > 1; len--) {
        const piece = chars.slice(i, i + len).join('')
        if (glossary.zhEn.has(piece) || dictionary?.has(piece) === true) {
          break
        }
      }
      parts.push(chars.slice(i, i + len).join(''))
      i += len
    }
    return parts.length > 1 ? parts : []
  }
}

/** Most phrase forms generated for an unknown compound. */
const MAX_COMPOUND_FORMS = 6

/**
 * Phrases for a compound from the candidates of its parts (the first three of each), best
 * products first: 边界 + 点 → "boundary point", "border point", … rather than one guess.
 */
function phraseCombinations(
  parts: readonly (readonly TranslationCandidate[])[],
): TranslationCandidate[] {
  let combos: TranslationCandidate[] = [{ text: '', weight: 1 }]
  for (const candidates of parts) {
    const next: TranslationCandidate[] = []
    for (const prefix of combos) {
      for (const c of candidates.slice(0, 3)) {
        next.push({
          text: prefix.text === '' ? c.text : `${prefix.text} ${c.text}`,
          weight: prefix.weight * c.weight,
        })
      }
    }
    next.sort((a, b) => b.weight - a.weight)
    combos = next.slice(0, MAX_COMPOUND_FORMS)
  }
  return combos.map((c) => ({ text: c.text, weight: round(c.weight / combos[0]!.weight) }))
}

function toForm(c: TranslationCandidate): WeightedForm {
  return { text: c.text, weight: c.weight }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
