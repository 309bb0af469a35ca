import {
  translateEligibilityMessage as t,
  type EligibilityEvidence,
  type EligibilityLang,
  type EligibilityReport,
  type JurisdictionReport,
  type LegalSource,
  type NoveltyHintsSection,
  type ReportNote,
  type StepOutcome,
} from '@chuhai/core'
import { renderNoveltyHints } from './novelty-hints-text.js'

const MARK: Readonly<Record<StepOutcome, string>> = {
  pass: '✓',
  fail: '✗',
  uncertain: '?',
  'not-reached': '·',
}

/**
 * Renders an eligibility report as plain text for a terminal, in the report's language, with the
 * novelty-hints section (when given) before the closing notes.
 */
export function renderEligibilityReport(
  report: EligibilityReport,
  hints?: NoveltyHintsSection,
): string {
  const lang = report.lang
  const lines: string[] = [t('report.title', lang), '']
  for (const j of report.jurisdictions) {
    lines.push(...renderJurisdiction(j, lang), '')
  }
  if (hints) {
    lines.push(...renderNoveltyHints(hints, lang), '')
  }
  if (report.refinedBy) {
    lines.push(t('report.refined', lang, { by: report.refinedBy }))
  }
  lines.push(report.disclaimer, t('report.status-legend', lang))
  return `${lines.join('\n')}\n`
}

function renderJurisdiction(j: JurisdictionReport, lang: EligibilityLang): string[] {
  const meta = t('report.meta', lang, { version: j.rulePackVersion, claim: j.claim })
  const lines = [
    t('report.header', lang, { office: j.office, verdict: j.verdictLabel }),
    `  ${paren(meta, lang)}`,
  ]
  for (const s of j.steps) {
    lines.push(`  ${MARK[s.outcome]} ${s.title}`, `      ${s.finding}`)
    if (s.evidence.length > 0) {
      lines.push(`      ${t('report.evidence', lang)}${colon(lang)}${quote(s.evidence, lang)}`)
    }
    if (s.outcome !== 'not-reached') {
      lines.push(`      ${t('report.sources', lang)}${colon(lang)}${sources(s.sources)}`)
    }
  }
  lines.push(
    ...notes(t('report.risks', lang), j.risks, lang),
    ...notes(t('report.suggestions', lang), j.suggestions, lang),
  )
  const perClaim = j.claims.map((c) => `${c.claim} ${t(`verdict.${c.verdict}`, lang)}`).join(' · ')
  lines.push(`  ${t('report.claims', lang)}${colon(lang)}${perClaim}`)
  return lines
}

function notes(heading: string, items: readonly ReportNote[], lang: EligibilityLang): string[] {
  if (items.length === 0) {
    return []
  }
  return [
    `  ${heading}${colon(lang).trimEnd()}`,
    ...items.map((n) => `    • ${n.text} ${paren(sources(n.sources), lang)}`),
  ]
}

function quote(evidence: readonly EligibilityEvidence[], lang: EligibilityLang): string {
  const [open, close] = lang === 'zh' ? ['“', '”'] : ['"', '"']
  return evidence
    .map((e) => `${open}${e.text}${close} (${e.claim ?? 1}:${e.start}–${e.end})`)
    .join(lang === 'zh' ? '，' : ', ')
}

function sources(list: readonly LegalSource[]): string {
  return list.map((s) => `${s.citation} [${s.status}]`).join('; ')
}

function colon(lang: EligibilityLang): string {
  return lang === 'zh' ? '：' : ': '
}

function paren(text: string, lang: EligibilityLang): string {
  return lang === 'zh' ? `（${text}）` : `(${text})`
}
