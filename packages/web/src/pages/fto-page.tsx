import type { ChartSummary, ChartView, JobView, Me, ObjectSummary } from '@chuhai/api-client'
import { lazy, Suspense, useCallback, useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { api } from '../api'
import { ErrorBox, Field, useAction } from '../components/form'
import { JobProgress } from '../components/job-progress'

const Chart = lazy(() => import('../components/chart'))
const STATUSES = ['present', 'partly', 'absent', 'unclear'] as const

/** One claim chart: elements, suggestion, product evidence, the user's finding and note. */
function ClaimChartEditor(props: { id: string; canWrite: boolean }) {
  const { t } = useTranslation()
  const [chart, setChart] = useState<ChartView | null>(null)
  const [saved, setSaved] = useState(false)
  const save = useAction(api.updateChart)
  useEffect(() => {
    api.chart(props.id).then(setChart, () => setChart(null))
  }, [props.id])
  if (!chart) {
    return null
  }
  const set = (index: number, patch: Partial<ChartView['elements'][number]>) => {
    setSaved(false)
    setChart({
      ...chart,
      elements: chart.elements.map((e) => (e.index === index ? { ...e, ...patch } : e)),
    })
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const next = await save.run(chart.id, {
      elements: chart.elements.map((x) => ({ index: x.index, status: x.status, note: x.note })),
    })
    if (next) {
      setChart(next)
      setSaved(true)
    }
  }
  return (
    <form className="claim-chart" onSubmit={(e) => void submit(e)} aria-labelledby="chart-h">
      <h3 id="chart-h">
        {t('fto.chartOf', { patent: chart.patentId, claim: chart.claimNumber })} ·{' '}
        <Link to={`/patents/${encodeURIComponent(chart.patentId)}`}>{chart.patentTitle}</Link>
      </h3>
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('fto.element')}</th>
            <th scope="col">{t('fto.suggested')}</th>
            <th scope="col">{t('fto.evidence')}</th>
            <th scope="col">{t('fto.finding')}</th>
            <th scope="col">{t('fto.note')}</th>
          </tr>
        </thead>
        <tbody>
          {chart.elements.map((e) => (
            <tr key={e.index}>
              <td>{e.index === 0 ? t('fto.preamble') : e.index}</td>
              <td className="element-text">{e.text}</td>
              <td>
                <span className={`status status-${e.suggested}`}>
                  {t(`disclosure.${e.suggested}`)}
                </span>{' '}
                <span className="count">{Math.round(e.coverage * 100)}%</span>
              </td>
              <td className="evidence">{e.evidence || '—'}</td>
              <td>
                <select
                  aria-label={t('fto.findingFor', { n: e.index })}
                  value={e.status}
                  disabled={!props.canWrite}
                  onChange={(ev) =>
                    set(e.index, { status: ev.target.value as (typeof STATUSES)[number] })
                  }
                >
                  {STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`finding.${s}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  aria-label={t('fto.noteFor', { n: e.index })}
                  value={e.note}
                  disabled={!props.canWrite}
                  onChange={(ev) => set(e.index, { note: ev.target.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorBox error={save.error} />
      <div className="actions">
        {props.canWrite ? (
          <button type="submit" className="primary" disabled={save.busy}>
            {t('common.save')}
          </button>
        ) : null}
        {saved ? <span role="status">{t('common.saved')}</span> : null}
        <a href={`/api/fto/charts/${chart.id}/export?format=csv`} download>
          {t('fto.exportCsv')}
        </a>
        <a href={`/api/fto/charts/${chart.id}/export?format=json`} download>
          {t('fto.exportJson')}
        </a>
      </div>
    </form>
  )
}

/** FTO workspace: product → screening run (job) → candidates → editable claim charts → export. */
export default function FtoPage(props: { me: Me }) {
  const { t } = useTranslation()
  const canWrite = props.me.permissions.includes('objects.write')
  const [products, setProducts] = useState<ObjectSummary[]>([])
  const [productId, setProductId] = useState<string>('')
  const [charts, setCharts] = useState<ChartSummary[]>([])
  const [chartId, setChartId] = useState<string>('')
  const [job, setJob] = useState<JobView | null>(null)
  const [draft, setDraft] = useState({ title: '', body: '' })
  const create = useAction(api.createObject)
  const run = useAction(api.ftoRun)
  const loadProducts = useCallback(() => api.objects('products').then(setProducts), [])
  useEffect(() => {
    void loadProducts()
  }, [loadProducts])
  const loadCharts = useCallback((id: string) => {
    if (id) {
      void api.charts(id).then(setCharts)
    }
  }, [])
  useEffect(() => {
    setChartId('')
    setCharts([])
    loadCharts(productId)
  }, [productId, loadCharts])

  const addProduct = async (e: FormEvent) => {
    e.preventDefault()
    const p = await create.run('products', draft)
    if (p) {
      setDraft({ title: '', body: '' })
      await loadProducts()
      setProductId(p.id)
    }
  }
  const start = async () => {
    const j = await run.run({ productId, limit: 10 })
    if (j) {
      setJob(j)
    }
  }
  const coverageOption = {
    grid: { left: 140, right: 20, top: 10, bottom: 30 },
    xAxis: { type: 'value', max: 100, name: '%' },
    yAxis: {
      type: 'category',
      data: charts.map((c) => `${c.patentId} #${c.claimNumber}`).reverse(),
    },
    tooltip: {},
    series: [{ type: 'bar', data: charts.map((c) => Math.round(c.coverage * 100)).reverse() }],
  }
  return (
    <section aria-labelledby="fto-title">
      <h1 id="fto-title">{t('fto.title')}</h1>
      <p className="hint">{t('fto.intro')}</p>
      <div className="two-col">
        <div>
          <h2>{t('fto.products')}</h2>
          <Field label={t('fto.product')}>
            <select
              value={productId}
              onChange={(e) => setProductId(e.target.value)}
              data-testid="product-select"
            >
              <option value="">{t('fto.chooseProduct')}</option>
              {products.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </Field>
          {productId ? (
            <p>
              <button
                type="button"
                className="primary"
                onClick={() => void start()}
                disabled={run.busy || !canWrite}
              >
                {t('fto.run')}
              </button>
            </p>
          ) : null}
          <ErrorBox error={run.error} />
          {job ? (
            <JobProgress
              job={job}
              onChange={(j) => {
                setJob(j)
                loadCharts(productId)
              }}
            />
          ) : null}
        </div>
        {canWrite ? (
          <form onSubmit={(e) => void addProduct(e)} aria-labelledby="new-product-h">
            <h2 id="new-product-h">{t('fto.newProduct')}</h2>
            <Field label={t('fto.productName')}>
              <input
                required
                value={draft.title}
                onChange={(e) => setDraft({ ...draft, title: e.target.value })}
              />
            </Field>
            <Field label={t('fto.productDescription')} hint={t('fto.productHint')}>
              <textarea
                required
                rows={5}
                value={draft.body}
                onChange={(e) => setDraft({ ...draft, body: e.target.value })}
              />
            </Field>
            <ErrorBox error={create.error} />
            <button type="submit" disabled={create.busy}>
              {t('fto.addProduct')}
            </button>
          </form>
        ) : null}
      </div>
      {charts.length > 0 ? (
        <>
          <h2>{t('fto.candidates')}</h2>
          <Suspense fallback={null}>
            <Chart
              option={coverageOption}
              label={t('fto.coverageChart')}
              height={Math.max(160, charts.length * 28 + 40)}
            />
          </Suspense>
          <table data-testid="candidates">
            <thead>
              <tr>
                <th scope="col">{t('fto.patent')}</th>
                <th scope="col">{t('fto.claim')}</th>
                <th scope="col">{t('fto.coverage')}</th>
                <th scope="col">
                  <span className="sr-only">{t('fto.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {charts.map((c) => (
                <tr key={c.id} aria-selected={c.id === chartId}>
                  <td>
                    <span className="pn">{c.patentId}</span> {c.patentTitle}
                  </td>
                  <td>{c.claimNumber}</td>
                  <td>
                    <meter min={0} max={1} value={c.coverage} aria-label={t('fto.coverage')} />{' '}
                    {Math.round(c.coverage * 100)}%
                  </td>
                  <td>
                    <button type="button" onClick={() => setChartId(c.id)}>
                      {t('fto.openChart')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="hint">{t('fto.disclaimer')}</p>
        </>
      ) : null}
      {chartId ? <ClaimChartEditor id={chartId} canWrite={canWrite} /> : null}
    </section>
  )
}
