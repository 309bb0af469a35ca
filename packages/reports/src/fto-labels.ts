import type { FtoStatus, Met, Risk } from '@chuhai/core/fto'

/** Report language of FTO and invalidity reports. */
export type FtoReportLang = 'en' | 'zh'

/** Every fixed text of the FTO and invalidity reports, per language. */
export interface FtoLabels {
  readonly title: string
  readonly invalidityTitle: string
  readonly asOf: string
  readonly countries: string
  readonly summary: string
  readonly country: string
  readonly risk: Readonly<Record<Risk, string>>
  readonly riskHead: string
  readonly status: Readonly<Record<FtoStatus, string>>
  readonly statusHead: string
  readonly met: Readonly<Record<Met, string>>
  readonly metHead: string
  readonly notInForce: string
  readonly noMember: string
  readonly expiry: string
  readonly expiryUnknown: string
  readonly estimated: string
  readonly basis: string
  readonly problem: string
  readonly claim: string
  readonly element: string
  readonly coverage: string
  readonly score: string
  readonly evidence: string
  readonly why: string
  readonly otherClaims: string
  readonly noResults: string
  readonly strategy: string
  readonly candidates: string
  readonly query: string
  readonly translation: string
  readonly sources: string
  readonly documents: string
  readonly period: string
  readonly product: string
  readonly features: string
  readonly publication: string
  readonly foundVia: string
  readonly route: string
  readonly excluded: string
  readonly generated: string
  readonly disclaimer: string
  readonly asserted: string
  readonly priorityDate: string
  readonly priorArt: string
  readonly combinations: string
  readonly covers: string
}

const EN: FtoLabels = {
  title: 'Freedom-to-operate claim charts',
  invalidityTitle: 'Invalidity search and claim charts',
  asOf: 'as of',
  countries: 'countries',
  summary: 'Summary per country',
  country: 'Country',
  risk: { high: 'HIGH risk', medium: 'medium risk', low: 'low risk' },
  riskHead: 'Risk',
  status: {
    'in-force': 'in force',
    pending: 'pending (claims may change)',
    lapsed: 'lapsed',
    expired: 'expired',
    unknown: 'status unknown',
  },
  statusHead: 'Status',
  met: { yes: 'met', partly: 'partly met', no: 'not met' },
  metHead: 'Met',
  notInForce: 'not in force',
  noMember: 'candidates without a family member here',
  expiry: 'expires',
  expiryUnknown: 'expiry unknown',
  estimated: 'estimated',
  basis: 'Basis',
  problem: 'Needs review',
  claim: 'Claim',
  element: 'Element',
  coverage: 'coverage',
  score: 'Score',
  evidence: 'Evidence',
  why: 'Why',
  otherClaims: 'other independent claims',
  noResults:
    'No in-force or pending patent of the candidates found has a family member in these countries.',
  strategy: 'Search strategy',
  candidates: 'candidates of the documents searched',
  query: 'Query',
  translation: 'Translation',
  sources: 'Data sources',
  documents: 'documents',
  period: 'publications',
  product: 'Product',
  features: 'Features',
  publication: 'Publication',
  foundVia: 'found via',
  route: 'route',
  excluded: 'Family members not in force on the date',
  generated: 'Generated',
  disclaimer:
    'Automated search and claim-charting aid; not legal advice and not a freedom-to-operate opinion. Statuses are estimates from the data in the store; a patent attorney must review every chart.',
  asserted: 'Asserted patent',
  priorityDate: 'priority date',
  priorArt: 'Prior art',
  combinations: 'Two-document combinations covering every element',
  covers: 'covers',
}

const ZH: FtoLabels = {
  title: '自由实施（FTO）权利要求对比表',
  invalidityTitle: '无效检索与权利要求对比表',
  asOf: '基准日',
  countries: '国家/地区',
  summary: '各国概况',
  country: '国家/地区',
  risk: { high: '高风险', medium: '中风险', low: '低风险' },
  riskHead: '风险',
  status: {
    'in-force': '有效',
    pending: '审查中（权利要求可能变化）',
    lapsed: '失效',
    expired: '期满',
    unknown: '状态不明',
  },
  statusHead: '法律状态',
  met: { yes: '覆盖', partly: '部分覆盖', no: '未覆盖' },
  metHead: '覆盖',
  notInForce: '非有效',
  noMember: '无同族成员的候选',
  expiry: '届满',
  expiryUnknown: '届满日不明',
  estimated: '估算',
  basis: '依据',
  problem: '需人工复核',
  claim: '权利要求',
  element: '技术特征',
  coverage: '覆盖率',
  score: '得分',
  evidence: '证据',
  why: '理由',
  otherClaims: '其他独立权利要求',
  noResults: '所检索到的候选专利在这些国家均无有效或审查中的同族成员。',
  strategy: '检索策略',
  candidates: '篇候选（检索文献总数）',
  query: '检索式',
  translation: '翻译',
  sources: '数据来源',
  documents: '篇文献',
  period: '公开日范围',
  product: '产品',
  features: '特征',
  publication: '公开号',
  foundVia: '检索命中',
  route: '途径',
  excluded: '基准日不在有效期内的同族成员',
  generated: '生成时间',
  disclaimer:
    '本报告为自动检索与特征对比的辅助结果，不构成法律意见，也不是自由实施（FTO）意见。法律状态为根据库内数据的估算；每一张对比表均须由专利代理人/律师复核。',
  asserted: '涉案专利',
  priorityDate: '优先权日',
  priorArt: '现有技术',
  combinations: '可覆盖全部技术特征的两篇文献组合',
  covers: '覆盖',
}

/** The labels of a language. */
export function ftoLabels(lang: FtoReportLang): FtoLabels {
  return lang === 'zh' ? ZH : EN
}
