import { BarChart, LineChart, PieChart, ScatterChart } from 'echarts/charts'
import {
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components'
import * as echarts from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { useEffect, useRef } from 'react'

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  ScatterChart,
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
])

/** Colour-blind-safe palette (Okabe–Ito) with enough contrast on white. */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000']

/**
 * An interactive ECharts chart (SVG renderer, so screenshots and print stay sharp). `label` is the
 * accessible name; ECharts' aria module adds a generated description of the data.
 */
export default function Chart(props: {
  option: echarts.EChartsCoreOption
  label: string
  height?: number
}) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!ref.current) {
      return undefined
    }
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' })
    chart.setOption({ color: PALETTE, aria: { enabled: true }, animation: false, ...props.option })
    const resize = () => chart.resize()
    window.addEventListener('resize', resize)
    return () => {
      window.removeEventListener('resize', resize)
      chart.dispose()
    }
  }, [props.option])
  return (
    <div
      ref={ref}
      role="img"
      aria-label={props.label}
      className="chart"
      style={{ height: props.height ?? 280 }}
    />
  )
}
