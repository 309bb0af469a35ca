import { EN } from './plan-labels-en.js'
import type { PlanLabels, ReportLang } from './plan-labels.js'
import { ZH } from './plan-labels-zh.js'

/** The labels of one report language. */
export function planLabels(lang: ReportLang): PlanLabels {
  return lang === 'zh' ? ZH : EN
}
