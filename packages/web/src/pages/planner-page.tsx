import type { NetView } from '@chuhai/api-client'
import { lazy, Suspense, useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api'
import { ErrorBox, Field, useAction } from '../components/form'

const Chart = lazy(() => import('../components/chart'))
const MARKETS = ['US', 'EP', 'JP', 'KR', 'CN', 'IN', 'BR', 'AU', 'CA', 'UK']

interface PlanJson {
  currency: string
  status: string
  warnings: string[]
  unverified: string[]
  cheapest: { route: string; ep_mode: string; total: number }
  scores: { office: string; rank: number; total: number; recommendation: string; status: string }[]
  routes: {
    route: string
    totals: { classic: number; unitary: number }
    status: string
    countries: { office: string; total: number; entry: string | null; expiry: string | null }[]
    timeline: {
      date: string
      office: string
      event: string
      kind: string
      amount: number
      status: string
    }[]
  }[]
}

const money = (n: number, currency: string, lang: string) =>
  new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 0 }).format(n)

/** The protection net of the organisation's docket: families × countries. */
export function NetMatrix() {
  const { t } = useTranslation()
  const [net, setNet] = useState<NetView | null>(null)
  useEffect(() => {
    api.net().then(setNet, () => setNet(null))
  }, [])
  if (!net || net.rows.length === 0) {
    return <p className="hint">{t('planner.netEmpty')}</p>
  }
  return (
    <table className="matrix" data-testid="net">
      <thead>
        <tr>
          <th scope="col">{t('planner.family')}</th>
          {net.offices.map((o) => (
            <th scope="col" key={o}>
              {o}
            </th>
          ))}
          <th scope="col">{t('planner.gaps')}</th>
        </tr>
      </thead>
      <tbody>
        {net.rows.map((r) => (
          <tr key={r.family}>
            <th scope="row">{r.title}</th>
            {net.offices.map((o) => {
              const c = r.cells.find((x) => x.office === o)
              return (
                <td key={o} className={`cell-${c?.status ?? 'none'}`}>
                  {t(`netStatus.${c?.status ?? 'none'}`)}
                  {c?.next ? <small> · {c.next.due}</small> : null}
                </td>
              )
            })}
            <td>{r.gaps.join(', ') || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Filing planner: countries scored, routes compared, timeline and cost charts, protection net. */
export default function PlannerPage() {
  const { t, i18n } = useTranslation()
  const [form, setForm] = useState({
    title: '',
    priorityDate: new Date().toISOString().slice(0, 10),
    words: 8000,
    claims: 15,
    currency: 'CNY',
    markets: ['US', 'EP', 'JP', 'KR'],
  })
  const [plan, setPlan] = useState<PlanJson | null>(null)
  const action = useAction(api.plan)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const result = await action.run({
      invention: {
        title: form.title,
        priorityDate: form.priorityDate,
        markets: form.markets,
        words: form.words,
        claims: form.claims,
      },
      currency: form.currency,
    })
    if (result) {
      setPlan(result as unknown as PlanJson)
    }
  }
  const toggle = (m: string) =>
    setForm({
      ...form,
      markets: form.markets.includes(m)
        ? form.markets.filter((x) => x !== m)
        : [...form.markets, m],
    })
  const offices = plan
    ? [...new Set(plan.routes.flatMap((r) => r.countries.map((c) => c.office)))]
    : []
  const costOption = plan && {
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 80, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: offices },
    yAxis: { type: 'value', name: plan.currency },
    series: plan.routes.map((r) => ({
      type: 'bar',
      name: t(`route.${r.route}`, { defaultValue: r.route }),
      data: offices.map((o) => Math.round(r.countries.find((c) => c.office === o)?.total ?? 0)),
    })),
  }
  const timeline = plan?.routes.find((r) => r.route === plan.cheapest.route)?.timeline ?? []
  const timelineOffices = [...new Set(timeline.map((e) => e.office))]
  const timelineOption = plan && {
    tooltip: {
      formatter: (p: { data: [string, string, string] }) =>
        `${p.data[0]} · ${p.data[1]} · ${p.data[2]}`,
    },
    grid: { left: 60, right: 20, top: 20, bottom: 60 },
    xAxis: { type: 'time' },
    yAxis: { type: 'category', data: timelineOffices },
    dataZoom: [{ type: 'slider', bottom: 10 }],
    series: [
      { type: 'scatter', symbolSize: 10, data: timeline.map((e) => [e.date, e.office, e.event]) },
    ],
  }
  return (
    <section aria-labelledby="planner-title">
      <h1 id="planner-title">{t('planner.title')}</h1>
      <form onSubmit={(e) => void submit(e)} className="grid-form">
        <Field label={t('planner.invention')}>
          <input
            required
            value={form.title}
            onChange={(e) => setForm({ ...form, title: e.target.value })}
          />
        </Field>
        <Field label={t('planner.priorityDate')}>
          <input
            required
            type="date"
            value={form.priorityDate}
            onChange={(e) => setForm({ ...form, priorityDate: e.target.value })}
          />
        </Field>
        <Field label={t('planner.words')}>
          <input
            type="number"
            min={500}
            value={form.words}
            onChange={(e) => setForm({ ...form, words: Number(e.target.value) })}
          />
        </Field>
        <Field label={t('planner.claims')}>
          <input
            type="number"
            min={1}
            value={form.claims}
            onChange={(e) => setForm({ ...form, claims: Number(e.target.value) })}
          />
        </Field>
        <Field label={t('planner.currency')}>
          <select
            value={form.currency}
            onChange={(e) => setForm({ ...form, currency: e.target.value })}
          >
            {['CNY', 'USD', 'EUR', 'JPY'].map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </Field>
        <fieldset className="markets">
          <legend>{t('planner.markets')}</legend>
          {MARKETS.map((m) => (
            <label key={m}>
              <input
                type="checkbox"
                checked={form.markets.includes(m)}
                onChange={() => toggle(m)}
              />{' '}
              {m}
            </label>
          ))}
        </fieldset>
        <ErrorBox error={action.error} />
        <button type="submit" className="primary" disabled={action.busy}>
          {t('planner.submit')}
        </button>
      </form>
      {plan ? (
        <div data-testid="plan">
          <p className="summary">
            {t('planner.cheapest', {
              route: t(`route.${plan.cheapest.route}`, { defaultValue: plan.cheapest.route }),
              total: money(plan.cheapest.total, plan.currency, i18n.language),
            })}
          </p>
          {plan.unverified.length > 0 ? (
            <p className="warning">{t('planner.unverified', { count: plan.unverified.length })}</p>
          ) : null}
          <h2>{t('planner.scores')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('planner.office')}</th>
                <th scope="col">{t('planner.score')}</th>
                <th scope="col">{t('planner.recommendation')}</th>
                <th scope="col">{t('planner.status')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.scores.map((s) => (
                <tr key={s.office}>
                  <td>{s.rank}</td>
                  <th scope="row">{s.office}</th>
                  <td>{s.total.toFixed(2)}</td>
                  <td>
                    {t(`recommendation.${s.recommendation}`, { defaultValue: s.recommendation })}
                  </td>
                  <td>{t(`factStatus.${s.status}`, { defaultValue: s.status })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Suspense fallback={null}>
            <h2>{t('planner.costs')}</h2>
            {costOption ? <Chart option={costOption} label={t('planner.costs')} /> : null}
            <h2>{t('planner.timeline')}</h2>
            {timelineOption ? (
              <Chart option={timelineOption} label={t('planner.timeline')} />
            ) : null}
          </Suspense>
          <ul className="warnings">
            {plan.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <h2>{t('planner.net')}</h2>
      <NetMatrix />
    </section>
  )
}
