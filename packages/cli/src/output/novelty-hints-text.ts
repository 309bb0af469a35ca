import {
  translateEligibilityMessage as t,
  type Disclosure,
  type ElementDisclosure,
  type EligibilityLang,
  type NoveltyHint,
  type NoveltyHintsSection,
} from '@chuhai/core'

const MARK: Readonly<Record<Disclosure, string>> = { yes: '✓', partly: '~', no: '✗' }

/** Longest element text shown on an element's line. */
const ELEMENT_MAX = 90

/**
 * Renders the "Nearest prior art (novelty hints)" section: the keyword-search notice, the query,
 * then per document its elements with status, matched and missing terms and the evidence passage.
 * A section that was not searched is one line.
 */
export function renderNoveltyHints(section: NoveltyHintsSection, lang: EligibilityLang): string[] {
  if (section.status === 'unavailable') {
    return [t('hints.unavailable', lang, { reason: section.reason })]
  }
  const lines = [t('hints.title', lang), `  ${section.notice}`]
  lines.push(
    `  ${t('hints.searched', lang, {
      claim: section.claim,
      documents: section.searched,
      terms: section.query.join(' OR '),
    })}`,
  )
  if (section.before) {
    lines.push(`  ${paren(t('hints.before', lang, { date: section.before }), lang)}`)
  }
  if (section.hints.length === 0) {
    lines.push(`  ${t('hints.none', lang, { claim: section.claim })}`)
  }
  section.hints.forEach((hint, i) => lines.push(...renderHint(hint, i + 1, lang)))
  return lines
}

function renderHint(hint: NoveltyHint, rank: number, lang: EligibilityLang): string[] {
  const header = t('hints.header', lang, {
    rank,
    number: hint.publicationNumber,
    date: hint.date ?? t('hints.no-date', lang),
    title: hint.title ?? '',
    covered: hint.coveredElements,
    total: hint.totalElements,
    score: hint.score.toFixed(2),
  })
  return [`  ${header.replace(/\s{2,}/gu, ' ')}`, ...hint.elements.flatMap((e) => element(e, lang))]
}

function element(e: ElementDisclosure, lang: EligibilityLang): string[] {
  const label =
    e.element.index === 0
      ? t('hints.preamble', lang)
      : t('hints.element', lang, { index: e.element.index })
  const terms = [
    e.matchedTerms.length > 0
      ? `${t('hints.matched', lang)}${colon(lang)}${e.matchedTerms.join(', ')}`
      : '',
    e.missingTerms.length > 0
      ? `${t('hints.missing', lang)}${colon(lang)}${e.missingTerms.join(', ')}`
      : '',
  ].filter(Boolean)
  const status = t(`hints.status.${e.status}`, lang)
  const detail = terms.length > 0 ? paren(terms.join(lang === 'zh' ? '；' : '; '), lang) : ''
  const lines = [
    `     ${MARK[e.status]} ${label} ${quote(shorten(e.element.text), lang)}${colon(lang)}${status}` +
      `${detail && lang === 'en' ? ' ' : ''}${detail}`,
  ]
  if (e.evidence && e.status !== 'no') {
    lines.push(
      `         ${t(`hints.field.${e.evidence.field}`, lang)}${colon(lang)}${quote(e.evidence.text, lang)}`,
    )
  }
  return lines
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim()
  return flat.length > ELEMENT_MAX ? `${flat.slice(0, ELEMENT_MAX - 1).trimEnd()}…` : flat
}

function quote(text: string, lang: EligibilityLang): string {
  return lang === 'zh' ? `“${text}”` : `"${text}"`
}

function colon(lang: EligibilityLang): string {
  return lang === 'zh' ? '：' : ': '
}

function paren(text: string, lang: EligibilityLang): string {
  return lang === 'zh' ? `（${text}）` : `(${text})`
}
