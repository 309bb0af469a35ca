import type { KeyedText, OfficeAssessment } from './assessment.js'
import { isMessageKey, translate } from './i18n/messages.js'
import type { ReportNote, ReportStep } from './report.js'
import { legalSource } from './sources.js'
import type { Lang } from './types.js'

/** Renders a keyed text in `lang`. */
export function render(t: KeyedText, lang: Lang): string {
  return translate(t.key, lang, t.params)
}

/** Renders an office assessment's steps, risks and suggestions in `lang`, with full sources. */
export function localizeAssessment(
  a: OfficeAssessment,
  lang: Lang,
): { steps: ReportStep[]; risks: ReportNote[]; suggestions: ReportNote[] } {
  return {
    steps: a.steps.map((s) => {
      const titleKey = `${s.id}.title`
      return {
        id: s.id,
        title: isMessageKey(titleKey) ? translate(titleKey, lang) : s.id,
        outcome: s.outcome,
        finding: render(s.finding, lang),
        evidence: s.evidence,
        sources: s.sources.map((id) => legalSource(id, lang)),
      }
    }),
    risks: a.risks.map((r) => ({
      id: r.id,
      text: render(r.finding, lang),
      evidence: r.evidence,
      sources: r.sources.map((id) => legalSource(id, lang)),
    })),
    suggestions: a.suggestions.map((s) => ({
      id: s.id,
      text: render(s.finding, lang),
      evidence: [],
      sources: s.sources.map((id) => legalSource(id, lang)),
    })),
  }
}
