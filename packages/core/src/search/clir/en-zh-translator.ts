import type { WeightedConcept, WeightedForm, WeightedQuery } from '../weighted-query.js'
import type { Glossary } from './glossary.js'
import type { ScriptConverter } from './segmenter.js'

const EN_STOPWORDS = new Set(
  (
    'a an the and or of for to in on at by with from into onto as is are was were be been being it its this ' +
    'that these those which wherein whereby said such than then thereof therein herein having has have ' +
    'comprising comprises comprise including includes include consisting claim claims method methods ' +
    'system systems apparatus device devices means least one two plurality first second third each ' +
    'configured adapted based using via may can not no other between within without further'
  ).split(' '),
)
const MAX_PHRASE = 5

/** Naive singular of an English word, for glossary lookups only. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) {
    return `${word.slice(0, -3)}y`
  }
  if (word.length > 4 && /(ches|shes|sses|xes)$/.test(word)) {
    return word.slice(0, -2)
  }
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) {
    return word.slice(0, -1)
  }
  return word
}

/**
 * Translates an English query into a Chinese `WeightedQuery` for searching Chinese documents, with
 * the reverse of the curated glossary (longest English phrase first). Each matched term's forms
 * are its Chinese headwords in Simplified and, where different, Traditional (Taiwan) script;
 * English words without a glossary entry stay as English forms (Chinese patents often keep
 * acronyms and model names in Latin script).
 */
export class EnZhTranslator {
  readonly from = 'en'
  readonly to = 'zh'

  constructor(
    private readonly glossary: Glossary,
    private readonly script: ScriptConverter,
  ) {}

  /** The Chinese weighted query for English `text`. */
  translate(text: string): WeightedQuery {
    const words = text.toLowerCase().match(/[a-z0-9][a-z0-9-]*/g) ?? []
    const concepts = new Map<string, { concept: WeightedConcept; tf: number }>()
    for (let i = 0; i < words.length; i++) {
      let matched = 0
      let forms: WeightedForm[] = []
      for (let k = Math.min(MAX_PHRASE, words.length - i); k >= 1; k--) {
        const slice = words.slice(i, i + k)
        const exact = slice.join(' ')
        const single = [...slice.slice(0, -1), singular(slice[k - 1]!)].join(' ')
        const hits = this.glossary.enZh.lookup(exact)
        const found = hits.length > 0 ? hits : this.glossary.enZh.lookup(single)
        if (found.length > 0 && !(k === 1 && EN_STOPWORDS.has(exact))) {
          matched = k
          forms = this.scriptForms(found.map((c) => ({ text: c.text, weight: c.weight })))
          break
        }
      }
      const key = matched > 0 ? words.slice(i, i + matched).join(' ') : words[i]!
      if (matched === 0) {
        if (EN_STOPWORDS.has(key) || key.length < 2 || /^\d+$/.test(key)) {
          continue
        }
        forms = [{ text: key, weight: 1 }]
      }
      const prior = concepts.get(key)
      if (prior) {
        prior.tf++
      } else {
        concepts.set(key, {
          concept: {
            forms,
            weight: matched > 0 ? 1 : 0.5,
            source: matched > 0 ? 'translation' : 'original',
            origin: key,
          },
          tf: 1,
        })
      }
      i += Math.max(matched, 1) - 1
    }
    return {
      language: 'en',
      concepts: [...concepts.values()].map(({ concept, tf }) => ({
        ...concept,
        weight: Math.round(concept.weight * (1 + Math.log(tf)) * 1000) / 1000,
      })),
    }
  }

  private scriptForms(simplified: readonly WeightedForm[]): WeightedForm[] {
    const out: WeightedForm[] = []
    for (const f of simplified) {
      out.push(f)
      const traditional = this.script.toTraditional(f.text)
      if (traditional !== f.text && !out.some((o) => o.text === traditional)) {
        out.push({ text: traditional, weight: f.weight })
      }
    }
    return out
  }
}
