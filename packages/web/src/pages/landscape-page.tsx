import type { StoreStatsView } from '@chuhai/api-client'
import { lazy, Suspense, useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api'
import { ErrorBox, useAction } from '../components/form'

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
    </section>
  )
}
