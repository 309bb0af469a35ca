import type { TranslationCandidate } from './lexicon.js'

/** Subject labels of CC-CEDICT senses that mark a technical sense: preferred in patent search. */
const TECHNICAL =
  /\((computing|electronics|electricity|physics|math\.?|mathematics|medicine|medical|chemistry|engineering|biology|mechanics|telecommunications|optics|anatomy|statistics|electrical|elec\.|physiology|pharm\.?)\)/i
/** Labels of senses that rarely occur in patent text. */
const UNLIKELY =
  /\((literary|slang|old|archaic|dialect|Buddhism|Taoism|honorific|humble|derog\.|euphemism|classical)\)/i
const LEADING = /^(to be |to |a |an |the |one's |sb's |sth's |of )/i
const STOP_ONLY =
  /^(be|have|do|make|get|one|sb|sth|it|thing|things|etc|to|for|and|or|with|by|at|in|on|of|from|as|so|this|that|very|also)$/i

/**
 * Turns the senses of a CC-CEDICT entry into weighted English candidates: verbs lose their "to",
 * labels and explanations in brackets are dropped, technical senses are promoted, long
 * explanatory senses (more than three words) are dropped, and weights fall with the sense's rank.
 * At most `max` candidates are kept, the best weighing 1.
 */
export function rankDictionarySenses(senses: readonly string[], max = 4): TranslationCandidate[] {
  const scored: { text: string; score: number }[] = []
  let rank = 0
  for (const sense of senses) {
    for (const piece of splitOutsideBrackets(sense)) {
      let boost = 1
      if (TECHNICAL.test(piece)) {
        boost = 2
      }
      if (UNLIKELY.test(piece)) {
        boost = 0.4
      }
      const text = piece
        .replace(/\([^)]*\)/g, ' ')
        .replace(/["'“”‘’.!?]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(LEADING, '')
        .replace(LEADING, '')
        .toLowerCase()
      rank++
      if (text === '' || STOP_ONLY.test(text) || /\p{Script=Han}/u.test(text)) {
        continue
      }
      const words = text.split(' ').length
      if (words > 3) {
        continue
      }
      const score = boost * Math.pow(0.85, rank - 1) * (words === 3 ? 0.7 : 1)
      const prior = scored.find((s) => s.text === text)
      if (prior) {
        prior.score = Math.max(prior.score, score)
      } else {
        scored.push({ text, score })
      }
    }
  }
  scored.sort((a, b) => b.score - a.score)
  const top = scored.slice(0, max)
  const best = top[0]?.score ?? 1
  return top.map((s) => ({ text: s.text, weight: Math.round((s.score / best) * 1000) / 1000 }))
}

/** Splits a sense on `;` and `,` that are not inside brackets. */
function splitOutsideBrackets(sense: string): string[] {
  const out: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < sense.length; i++) {
    const c = sense[i]
    if (c === '(') {
      depth++
    } else if (c === ')') {
      depth = Math.max(0, depth - 1)
    } else if ((c === ';' || c === ',') && depth === 0) {
      out.push(sense.slice(start, i))
      start = i + 1
    }
  }
  out.push(sense.slice(start))
  return out
}
