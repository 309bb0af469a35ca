import { barChartSvg, heatMapSvg, lineChartSvg, type Landscape } from '@chuhai/core/monitor'

/** One chart of a landscape report, with an id usable as a file or anchor name. */
export interface LandscapeChart {
  readonly id: string
  readonly title: string
  readonly svg: string
}

const NAMES = {
  year: 'year',
  country: 'country',
  cpc: 'CPC subclass',
  applicant: 'applicant',
} as const

/** Every chart of a landscape: breakdowns, filings over time, top applicants, the heat map. */
export function landscapeCharts(l: Landscape): LandscapeChart[] {
  const charts: LandscapeChart[] = []
  for (const b of l.breakdowns) {
    const title = `Publications by ${NAMES[b.dimension]}${b.dimension === 'year' ? ' of filing' : ''}`
    const svg =
      b.dimension === 'year'
        ? lineChartSvg(title, {
            dimension: 'country',
            years: b.buckets.map((x) => x.key),
            series: [
              { key: 'all', label: 'all publications', counts: b.buckets.map((x) => x.count) },
            ],
          })
        : barChartSvg(title, b.buckets)
    charts.push({ id: `by-${b.dimension}`, title, svg })
  }
  for (const s of l.overTime) {
    const title = `Filings over time by ${NAMES[s.dimension]}`
    charts.push({ id: `over-time-${s.dimension}`, title, svg: lineChartSvg(title, s) })
  }
  if (!l.breakdowns.some((b) => b.dimension === 'applicant')) {
    charts.push({
      id: 'top-applicants',
      title: 'Top applicants',
      svg: barChartSvg('Top applicants', l.topApplicants),
    })
  }
  const white = new Set(l.whiteSpace?.cells.map((c) => `${c.cpc}|${c.country}`) ?? [])
  const heatTitle = `CPC × country${l.whiteSpace ? ' (outlined: white space for ' + l.whiteSpace.ours + ')' : ''}`
  charts.push({ id: 'heat-map', title: heatTitle, svg: heatMapSvg(heatTitle, l.heatMap, white) })
  return charts
}
