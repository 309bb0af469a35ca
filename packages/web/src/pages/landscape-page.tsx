import type { JobView, StoreStatsView } from '@chuhai/api-client'
import { lazy, Suspense, useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { api } from '../api'
import { ErrorBox, useAction } from '../components/form'
import { JobProgress } from '../components/job-progress'
import { WatchManager } from '../components/watch-manager'

const Chart = lazy(() => import('../components/chart'))

type Landscape = Awaited<ReturnType<typeof api.landscape>>

const bar = (data: { value: string; count: number }[], horizontal = false) => ({
  tooltip: {},
  grid: { left: horizontal ? 180 : 50, right: 20, top: 10, bottom: 40 },
  xAxis: horizontal ? { type: 'value' } : { type: 'category', data: data.map((d) => d.value) },
  yAxis: horizontal
    ? { type: 'category', data: data.map((d) => d.value).reverse() }
    : { type: 'value' },
  series: [{ type: 'bar', data: (horizontal ? [...data].reverse() : data).map((d) => d.count) }],
})

interface WatchResult {
  watches: { watch: string; baseline: boolean; alerts: number }[]
  alerts: {
    watch: string
    kind: string
    publicationNumber: string
    date: string
    summary: string
  }[]
}

/**
 * The organisation's watchlists: manages them, runs them (a job, as `chuhai watch run`) and lists
 * the alerts the run raised.
 */
function WatchRuns() {
  const { t } = useTranslation()
  const [job, setJob] = useState<JobView | null>(null)
  const start = useAction(api.watchRun)
  const result = job?.status === 'succeeded' ? (job.result as WatchResult) : null
  return (
    <section aria-labelledby="watch-h">
      <h2 id="watch-h">{t('watch.title')}</h2>
      <p className="hint">{t('watch.intro')}</p>
      <WatchManager refresh={job?.status === 'succeeded' ? 1 : 0} />
      <button
        type="button"
        disabled={start.busy}
        onClick={() => void start.run({}).then((j) => j && setJob(j))}
      >
        {t('watch.run')}
      </button>
      <ErrorBox error={start.error} />
      {job ? <JobProgress job={job} onChange={setJob} /> : null}
      {result ? (
        <>
          <ul>
            {result.watches.map((w) => (
              <li key={w.watch}>
                {w.watch}:{' '}
                {w.baseline ? t('watch.baseline') : t('watch.alerts', { count: w.alerts })}
              </li>
            ))}
          </ul>
          {result.alerts.length > 0 ? (
            <table>
              <tbody>
                {result.alerts.map((a) => (
                  <tr key={`${a.watch}-${a.kind}-${a.publicationNumber}`}>
                    <td>{a.date}</td>
                    <td>{a.watch}</td>
                    <td>{a.kind}</td>
                    <td>
                      <Link to={`/patents/${encodeURIComponent(a.publicationNumber)}`}>
                        {a.publicationNumber}
                      </Link>{' '}
                      {a.summary}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : null}
    </section>
  )
}

/** Monitoring and landscapes: the corpus at a glance and any query's landscape (ECharts). */
export default function LandscapePage() {
  const { t } = useTranslation()
  const [stats, setStats] = useState<StoreStatsView | null>(null)
  const [q, setQ] = useState('')
  const [land, setLand] = useState<Landscape | null>(null)
  const action = useAction(api.landscape)
  useEffect(() => {
    api.stats().then(setStats, () => setStats(null))
  }, [])
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const result = await action.run(q)
    if (result) {
      setLand(result)
    }
  }
  const asFacet = (list: StoreStatsView['byYear']) =>
    list.map((x) => ({ value: x.key, count: x.count }))
  return (
    <section aria-labelledby="land-title">
      <h1 id="land-title">{t('landscape.title')}</h1>
      <Suspense fallback={null}>
        {stats ? (
          <>
            <p className="summary">{t('landscape.corpus', { count: stats.documents })}</p>
            <div className="two-col">
              <div>
                <h2>{t('landscape.byYear')}</h2>
                <Chart
                  option={bar(asFacet(stats.byYear.filter((y) => y.key !== 'unknown')))}
                  label={t('landscape.byYear')}
                />
              </div>
              <div>
                <h2>{t('landscape.byCountry')}</h2>
                <Chart
                  option={{
                    tooltip: {},
                    series: [
                      {
                        type: 'pie',
                        radius: ['35%', '70%'],
                        data: stats.byCountry.map((c) => ({ name: c.key, value: c.count })),
                      },
                    ],
                  }}
                  label={t('landscape.byCountry')}
                />
              </div>
            </div>
          </>
        ) : null}
        <form role="search" className="searchbar" onSubmit={(e) => void submit(e)}>
          <label className="sr-only" htmlFor="lq">
            {t('landscape.query')}
          </label>
          <input
            id="lq"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder={t('landscape.placeholder')}
          />
          <button type="submit" className="primary" disabled={action.busy}>
            {t('landscape.submit')}
          </button>
        </form>
        <ErrorBox error={action.error} />
        {land ? (
          <div data-testid="landscape">
            <p className="summary">{t('landscape.results', { count: land.total })}</p>
            <div className="two-col">
              <div>
                <h2>{t('landscape.trend')}</h2>
                <Chart
                  option={{
                    ...bar(land.year),
                    series: [{ type: 'line', data: land.year.map((y) => y.count), areaStyle: {} }],
                  }}
                  label={t('landscape.trend')}
                />
              </div>
              <div>
                <h2>{t('landscape.applicants')}</h2>
                <Chart option={bar(land.applicant, true)} label={t('landscape.applicants')} />
              </div>
              <div>
                <h2>{t('landscape.cpc')}</h2>
                <Chart option={bar(land.cpc, true)} label={t('landscape.cpc')} />
              </div>
              <div>
                <h2>{t('landscape.byCountry')}</h2>
                <Chart option={bar(land.country)} label={t('landscape.byCountry')} />
              </div>
            </div>
          </div>
        ) : null}
      </Suspense>
      <WatchRuns />
    </section>
  )
}
