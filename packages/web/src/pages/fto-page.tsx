import type {
  FtoResultView,
  FtoRunSummary,
  FtoRunView,
  JobView,
  Me,
  ObjectSummary,
} from '@chuhai/api-client'
import { lazy, Suspense, useCallback, useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { api } from '../api'
import { ErrorBox, Field, useAction } from '../components/form'
import { JobProgress } from '../components/job-progress'

const Chart = lazy(() => import('../components/chart'))
const MET = ['yes', 'partly', 'no'] as const
const FORMATS = ['docx', 'xlsx', 'html', 'pdf', 'json'] as const
type Element = FtoResultView['claims'][number]['elements'][number]

/** The claim charts of one patent in one country: engine's finding and evidence, the user's. */
function ClaimChartEditor(props: {
  run: FtoRunView
  result: FtoResultView
  canWrite: boolean
  onSaved: (run: FtoRunView) => void
}) {
  const { t } = useTranslation()
  const { result } = props
  const [edits, setEdits] = useState<Record<string, Element>>({})
  const [saved, setSaved] = useState(false)
  const save = useAction(api.ftoFindings)
  useEffect(() => {
    setEdits({})
    setSaved(false)
  }, [result.publicationNumber, result.country])
  const key = (claim: number, id: string) => `${claim}|${id}`
  const edit = (claim: number, e: Element, patch: Partial<Element>) => {
    setSaved(false)
    setEdits({ ...edits, [key(claim, e.id)]: { ...(edits[key(claim, e.id)] ?? e), ...patch } })
  }
  const submit = async (ev: FormEvent) => {
    ev.preventDefault()
    const findings = Object.entries(edits).map(([k, e]) => ({
      publicationNumber: result.publicationNumber,
      country: result.country,
      claim: Number(k.split('|')[0]),
      element: e.id,
      met: e.met,
      evidence: e.evidence,
      note: e.note,
    }))
    if (findings.length === 0) {
      return
    }
    const next = await save.run(props.run.id, { findings })
    if (next) {
      setEdits({})
      setSaved(true)
      props.onSaved(next)
    }
  }
  return (
    <form className="claim-chart" onSubmit={(e) => void submit(e)} aria-labelledby="chart-h">
      <h3 id="chart-h">
        {t('fto.chartOf', { patent: result.publicationNumber, country: result.country })} ·{' '}
        <Link to={`/patents/${encodeURIComponent(result.publicationNumber)}`}>
          {result.title ?? result.publicationNumber}
        </Link>
      </h3>
      <p className="meta">
        {t(`ftoStatus.${result.status}`)}
        {result.expiry
          ? ` · ${t('fto.expiry')} ${result.expiry}${result.estimated ? ' *' : ''}`
          : ''}
        {' · '}
        {t('fto.risk')}:{' '}
        <span className={`risk risk-${result.risk}`}>{t(`risk.${result.risk}`)}</span>
        {result.risk !== result.suggestedRisk
          ? ` (${t('fto.engineRisk')}: ${t(`risk.${result.suggestedRisk}`)})`
          : ''}
      </p>
      {result.problem ? <p className="error">{result.problem}</p> : null}
      {result.claims.map((c) => (
        <table key={c.claim} data-testid={`chart-claim-${c.claim}`}>
          <caption>
            {t('fto.claimCoverage', {
              claim: c.claim,
              met: c.met,
              partly: c.partly,
              total: c.total,
            })}
          </caption>
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
            {c.elements.map((original) => {
              const e = edits[key(c.claim, original.id)] ?? original
              const disabled = !props.canWrite || e.kind === 'preamble'
              return (
                <tr key={e.id}>
                  <td>{e.kind === 'preamble' ? t('fto.preamble') : e.id}</td>
                  <td className="element-text">{e.text}</td>
                  <td title={e.why}>
                    <span className={`status status-${e.suggested}`}>
                      {t(`met.${e.suggested}`)}
                    </span>{' '}
                    <span className="count">{Math.round(e.score * 100)}%</span>
                  </td>
                  <td className="evidence">
                    <textarea
                      aria-label={t('fto.evidenceFor', { n: e.id })}
                      rows={2}
                      value={e.evidence}
                      disabled={disabled}
                      onChange={(ev) => edit(c.claim, e, { evidence: ev.target.value })}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={t('fto.findingFor', { n: e.id })}
                      value={e.met}
                      disabled={disabled}
                      onChange={(ev) =>
                        edit(c.claim, e, { met: ev.target.value as (typeof MET)[number] })
                      }
                    >
                      {MET.map((m) => (
                        <option key={m} value={m}>
                          {t(`met.${m}`)}
                        </option>
                      ))}
                    </select>
                    {e.reviewedAt ? (
                      <span className="hint" title={e.reviewedAt}>
                        {' '}
                        ✓
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <input
                      aria-label={t('fto.noteFor', { n: e.id })}
                      value={e.note}
                      disabled={disabled}
                      onChange={(ev) => edit(c.claim, e, { note: ev.target.value })}
                    />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ))}
      <ErrorBox error={save.error} />
      <div className="actions">
        {props.canWrite ? (
          <button
            type="submit"
            className="primary"
            disabled={save.busy || Object.keys(edits).length === 0}
          >
            {t('common.save')}
          </button>
        ) : null}
        {saved ? <span role="status">{t('common.saved')}</span> : null}
      </div>
    </form>
  )
}

/** One run: per-country summary, results per patent and country, chart editor, exports. */
function RunView(props: { id: string; canWrite: boolean }) {
  const { t } = useTranslation()
  const [run, setRun] = useState<FtoRunView | null>(null)
  const [selected, setSelected] = useState<string>('')
  const [lang, setLang] = useState<'en' | 'zh'>('en')
  useEffect(() => {
    setSelected('')
    api.ftoRunView(props.id).then(setRun, () => setRun(null))
  }, [props.id])
  if (!run) {
    return null
  }
  const result = run.results.find((r) => `${r.publicationNumber}|${r.country}` === selected)
  const riskOption = {
    tooltip: {},
    legend: { top: 0 },
    grid: { left: 50, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: run.summary.map((s) => s.country) },
    yAxis: { type: 'value', minInterval: 1 },
    series: (['high', 'medium', 'low'] as const).map((r) => ({
      type: 'bar',
      stack: 'risk',
      name: t(`risk.${r}`),
      data: run.summary.map((s) => s[r]),
    })),
  }
  return (
    <div data-testid="fto-run">
      <h2>{t('fto.runOf', { date: run.asOf, countries: run.countries.join(', ') })}</h2>
      <div className="two-col">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('fto.country')}</th>
              <th scope="col">{t('risk.high')}</th>
              <th scope="col">{t('risk.medium')}</th>
              <th scope="col">{t('risk.low')}</th>
              <th scope="col">{t('fto.excluded')}</th>
              <th scope="col">{t('fto.noMember')}</th>
            </tr>
          </thead>
          <tbody>
            {run.summary.map((s) => (
              <tr key={s.country}>
                <th scope="row">{s.country}</th>
                <td>{s.high}</td>
                <td>{s.medium}</td>
                <td>{s.low}</td>
                <td>{s.excluded}</td>
                <td>{s.noMember}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Suspense fallback={null}>
          <Chart option={riskOption} label={t('fto.riskChart')} height={220} />
        </Suspense>
      </div>
      <table data-testid="candidates">
        <thead>
          <tr>
            <th scope="col">{t('fto.patent')}</th>
            <th scope="col">{t('fto.country')}</th>
            <th scope="col">{t('fto.status')}</th>
            <th scope="col">{t('fto.risk')}</th>
            <th scope="col">{t('fto.coverage')}</th>
            <th scope="col">
              <span className="sr-only">{t('fto.open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {run.results.map((r) => {
            const k = `${r.publicationNumber}|${r.country}`
            const best = Math.max(0, ...r.claims.map((c) => c.coverage))
            return (
              <tr key={k} aria-selected={k === selected}>
                <td>
                  <span className="pn">{r.publicationNumber}</span> {r.title ?? ''}
                  {r.route === 'EP' ? ` (${t('fto.viaEp')})` : ''}
                </td>
                <td>{r.country}</td>
                <td>
                  {t(`ftoStatus.${r.status}`)}
                  {r.expiry ? ` → ${r.expiry}` : ''}
                </td>
                <td>
                  <span className={`risk risk-${r.risk}`}>{t(`risk.${r.risk}`)}</span>
                </td>
                <td>
                  <meter min={0} max={1} value={best} aria-label={t('fto.coverage')} />{' '}
                  {Math.round(best * 100)}%
                </td>
                <td>
                  <button type="button" onClick={() => setSelected(k)}>
                    {t('fto.openChart')}
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {run.results.length === 0 ? <p className="hint">{t('fto.noResults')}</p> : null}
      <div className="actions export">
        <label>
          {t('fto.reportLang')}{' '}
          <select value={lang} onChange={(e) => setLang(e.target.value as 'en' | 'zh')}>
            <option value="en">English</option>
            <option value="zh">中文</option>
          </select>
        </label>
        {FORMATS.map((f) => (
          <a key={f} href={api.ftoExportUrl(run.id, { format: f, lang })} download>
            {t('fto.exportAs', { format: f.toUpperCase() })}
          </a>
        ))}
      </div>
      <p className="hint">
        {t('fto.strategy', {
          backend: run.strategy.backend,
          candidates: run.strategy.candidates,
          searched: run.strategy.searched,
        })}
      </p>
      <p className="hint">{run.disclaimer}</p>
      {result ? (
        <ClaimChartEditor run={run} result={result} canWrite={props.canWrite} onSaved={setRun} />
      ) : null}
    </div>
  )
}

/** FTO workspace: product → FTO run (a job) → results per patent and country → claim charts → export. */
export default function FtoPage(props: { me: Me }) {
  const { t } = useTranslation()
  const canWrite = props.me.permissions.includes('objects.write')
  const [products, setProducts] = useState<ObjectSummary[]>([])
  const [productId, setProductId] = useState<string>('')
  const [runs, setRuns] = useState<FtoRunSummary[]>([])
  const [runId, setRunId] = useState<string>('')
  const [job, setJob] = useState<JobView | null>(null)
  const [draft, setDraft] = useState({ title: '', body: '' })
  const [countries, setCountries] = useState('US, EP, CN, JP')
  const [asOf, setAsOf] = useState(new Date().toISOString().slice(0, 10))
  const create = useAction(api.createObject)
  const run = useAction(api.ftoRun)
  const loadProducts = useCallback(() => api.objects('products').then(setProducts), [])
  useEffect(() => {
    void loadProducts()
  }, [loadProducts])
  const loadRuns = useCallback((id: string, select?: string) => {
    if (id) {
      void api.ftoRuns(id).then((list) => {
        setRuns(list)
        setRunId(select ?? list[0]?.id ?? '')
      })
    }
  }, [])
  useEffect(() => {
    setRunId('')
    setRuns([])
    loadRuns(productId)
  }, [productId, loadRuns])

  const addProduct = async (e: FormEvent) => {
    e.preventDefault()
    const p = await create.run('products', draft)
    if (p) {
      setDraft({ title: '', body: '' })
      await loadProducts()
      setProductId(p.id)
    }
  }
  const start = async (e: FormEvent) => {
    e.preventDefault()
    const j = await run.run({
      productId,
      countries: countries
        .split(/[\s,;]+/)
        .map((c) => c.trim())
        .filter(Boolean),
      asOf,
    })
    if (j) {
      setJob(j)
    }
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
            <form onSubmit={(e) => void start(e)} aria-label={t('fto.run')}>
              <Field label={t('fto.countries')} hint={t('fto.countriesHint')}>
                <input value={countries} onChange={(e) => setCountries(e.target.value)} />
              </Field>
              <Field label={t('fto.asOf')}>
                <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
              </Field>
              <button type="submit" className="primary" disabled={run.busy || !canWrite}>
                {t('fto.run')}
              </button>
            </form>
          ) : null}
          <ErrorBox error={run.error} />
          {job ? (
            <JobProgress
              job={job}
              onChange={(j) => {
                setJob(j)
                const id = (j.result as { runId?: string } | null)?.runId
                loadRuns(productId, id)
              }}
            />
          ) : null}
          {runs.length > 0 ? (
            <Field label={t('fto.runs')}>
              <select value={runId} onChange={(e) => setRunId(e.target.value)}>
                {runs.map((r) => (
                  <option key={r.id} value={r.id}>
                    {t('fto.runLabel', {
                      date: r.createdAt.slice(0, 16).replace('T', ' '),
                      asOf: r.asOf,
                      countries: r.countries.join(','),
                      results: r.results,
                      high: r.high,
                    })}
                  </option>
                ))}
              </select>
            </Field>
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
      {runId ? <RunView id={runId} canWrite={canWrite} /> : null}
    </section>
  )
}
