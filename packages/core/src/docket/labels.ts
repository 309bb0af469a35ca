import type { DocketDeadlineKind } from './docket-deadline.js'

/** Names of docket deadline kinds in English and Chinese (calendar summaries, tables). */
export const DOCKET_KIND_LABELS: Readonly<
  Record<'en' | 'zh', Readonly<Record<DocketDeadlineKind, string>>>
> = {
  en: {
    priority_year: 'Priority year ends',
    exam_request: 'Examination request',
    pct_demand: 'PCT demand (Chapter II)',
    national_phase: 'National phase entry',
    national_phase_late: 'Late national phase entry',
    oa_response: 'Office-action response',
    validation: 'EP validation',
    unitary_effect: 'Unitary effect request',
    annuity: 'Annuity',
  },
  zh: {
    priority_year: '优先权期限届满',
    exam_request: '实质审查请求',
    pct_demand: 'PCT 国际初步审查要求',
    national_phase: '进入国家阶段',
    national_phase_late: '延迟进入国家阶段',
    oa_response: '审查意见答复',
    validation: '欧洲专利生效',
    unitary_effect: '单一效力请求',
    annuity: '年费',
  },
}
