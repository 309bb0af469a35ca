import { createError } from '../../errors.js'
import { mapLexicon, type BilingualLexicon, type TranslationCandidate } from './lexicon.js'

/**
 * The curated bilingual patent glossary, a versioned TSV file:
 *
 * ```
 * # version: 2026.12.1
 * # provenance: …
 * 源极<TAB>source|source electrode<TAB>semiconductor
 * 所述<TAB>-<TAB>structure
 * ```
 *
 * Column 2 lists English forms best first (`|`-separated); `-` marks a structure or stop word of
 * patent language that is not translated. Column 3 is the domain; `generic` entries (method,
 * system, device …) are kept but weigh little. Headwords are Simplified Chinese; Traditional
 * queries are converted to Simplified before lookup.
 */
export interface Glossary {
  readonly version: string
  /** zh → en lexicon of the translated entries. */
  readonly zhEn: BilingualLexicon
  /** en → zh lexicon (the reverse glossary), keys lower-case. */
  readonly enZh: BilingualLexicon
  /** Headwords that are structure/stop words of patent language. */
  readonly stopwords: ReadonlySet<string>
  /** Headwords of `generic` domain entries: translated, but weak evidence of relevance. */
  readonly generic: ReadonlySet<string>
  /** Domain of every headword (for explanations and coverage reports). */
  readonly domains: ReadonlyMap<string, string>
}

/** Weight of the n-th form of a glossary entry (the first is the preferred translation). */
export function glossaryFormWeight(index: number): number {
  return Math.max(0.5, 1 - 0.1 * index)
}

/** Parses the glossary TSV; a malformed line throws `CLIR_GLOSSARY_INVALID` with its number. */
export function parseGlossary(text: string, source: string): Glossary {
  const zhEn = new Map<string, TranslationCandidate[]>()
  const enZh = new Map<string, TranslationCandidate[]>()
  const stopwords = new Set<string>()
  const generic = new Set<string>()
  const domains = new Map<string, string>()
  let version: string | undefined
  const lines = text.split(/\r?\n/)
  lines.forEach((raw, i) => {
    const line = raw.trimEnd()
    if (line === '') {
      return
    }
    if (line.startsWith('#')) {
      const m = /^#\s*version:\s*(\S+)/.exec(line)
      if (m) {
        version = m[1]
      }
      return
    }
    const cols = line.split('\t')
    if (cols.length !== 3) {
      throw createError(
        'CLIR_GLOSSARY_INVALID',
        source,
        i + 1,
        `expected 3 tab-separated columns, found ${cols.length}`,
      )
    }
    const [zh, en, domain] = cols as [string, string, string]
    if (!/^[\p{Script=Han}A-Za-z0-9][\p{Script=Han}A-Za-z0-9\-·]*$/u.test(zh)) {
      throw createError(
        'CLIR_GLOSSARY_INVALID',
        source,
        i + 1,
        `headword ${JSON.stringify(zh)} is not a Chinese term`,
      )
    }
    if (domain.trim() === '') {
      throw createError('CLIR_GLOSSARY_INVALID', source, i + 1, 'domain is empty')
    }
    domains.set(zh, domain)
    if (en === '-') {
      stopwords.add(zh)
      return
    }
    if (domain === 'generic') {
      generic.add(zh)
    }
    const forms = en.split('|').map((f) => f.trim().toLowerCase())
    if (forms.some((f) => f === '' || /[\t\p{Script=Han}]/u.test(f))) {
      throw createError(
        'CLIR_GLOSSARY_INVALID',
        source,
        i + 1,
        `bad English form in ${JSON.stringify(en)}`,
      )
    }
    const list = zhEn.get(zh) ?? []
    for (const f of forms) {
      if (!list.some((c) => c.text === f)) {
        list.push({ text: f, weight: glossaryFormWeight(list.length) })
      }
    }
    zhEn.set(zh, list)
    forms.forEach((f, j) => {
      const back = enZh.get(f) ?? []
      if (!back.some((c) => c.text === zh)) {
        back.push({ text: zh, weight: glossaryFormWeight(j) })
      }
      enZh.set(f, back)
    })
  })
  if (version === undefined) {
    throw createError('CLIR_GLOSSARY_INVALID', source, 1, 'missing "# version:" header')
  }
  return {
    version,
    zhEn: mapLexicon('glossary', 'zh', 'en', zhEn),
    enZh: mapLexicon('glossary', 'en', 'zh', enZh),
    stopwords,
    generic,
    domains,
  }
}
