import type {
  CostCategory,
  EpMode,
  Factor,
  FactStatus,
  PlanRoute,
  TimelineEvent,
  TimelineEventKind,
} from '@chuhai/core'

/** Report language. */
export type ReportLang = 'en' | 'zh'

/** Every label of the plan reports (HTML, PDF, XLSX, terminal), in English and Chinese. */
export interface PlanLabels {
  readonly title: string
  readonly priority: string
  readonly markets: string
  readonly currency: string
  readonly generated: string
  readonly rules: string
  readonly rates: (asOf: string, status: string) => string
  readonly trustBanner: string
  readonly verifiedBanner: string
  readonly scores: string
  readonly scoreHead: readonly string[]
  readonly timeline: string
  readonly timelineNote: string
  readonly costs: string
  readonly costByCountry: string
  readonly cumulative: string
  readonly routeCompare: string
  readonly routeHead: readonly string[]
  readonly epCompare: string
  readonly epHead: readonly string[]
  readonly details: string
  readonly detailHead: readonly string[]
  readonly events: string
  readonly eventHead: readonly string[]
  readonly warnings: string
  readonly sources: string
  readonly year: string
  readonly estimated: string
  readonly cheapest: (route: string, total: string) => string
  readonly shared: string
  readonly route: Readonly<Record<PlanRoute, string>>
  readonly epMode: Readonly<Record<EpMode, string>>
  readonly factor: Readonly<Record<Factor, string>>
  readonly category: Readonly<Record<CostCategory, string>>
  readonly event: Readonly<Record<TimelineEventKind, string>>
  readonly kind: Readonly<Record<TimelineEvent['kind'], string>>
  readonly status: Readonly<Record<FactStatus, string>>
  readonly recommendation: Readonly<Record<'file' | 'consider' | 'low_priority', string>>
}
