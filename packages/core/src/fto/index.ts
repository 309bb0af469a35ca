// @chuhai/core/fto — claim charts, freedom-to-operate and invalidity: pure logic and ports. The
// claims engine is re-exported so that adapters need one subpath.
export * from '../claims/index.js'
export {
  isCjkText,
  passageStemsForStats,
  prepareTarget,
  type ChartPassage,
  type ChartTarget,
  type GlossSpan,
  type TargetField,
  type TextGlosser,
} from './chart-target.js'
export {
  CHART_THRESHOLDS,
  chartClaim,
  chartLimitation,
  type ChartThresholds,
  type ClaimChart,
  type ElementChart,
  type Met,
  type TermStatistics,
} from './claim-chart.js'
