import type { ClaimNode, JobView, PatentDetail } from '@chuhai/api-client'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { api } from '../api'
import { ErrorBox, useAction } from '../components/form'
import { JobProgress } from '../components/job-progress'

interface InvalidityResult {
  results: {
    publication_number: string
    title?: string
    date: string | null
    coverage: number
    anticipates: boolean
  }[]
  combinations: { claim: number; primary: string; secondary: string }[]
}

/** Invalidity search against this patent (a job): prior art before its priority date, charted. */
function InvalidityPanel(props: { id: string }) {
  const { t } = useTranslation()
  const [job, setJob] = useState<JobView | null>(null)
  const start = useAction(api.invalidityRun)
  const result = job?.status === 'succeeded' ? (job.result as InvalidityResult) : null
  return (
    <section aria-labelledby="invalidity-h" data-testid="invalidity">
      <h2 id="invalidity-h">{t('invalidity.title')}</h2>
      <p className="hint">{t('invalidity.intro')}</p>
      <button
        type="button"
        disabled={start.busy}
        onClick={() => void start.run({ publicationNumber: props.id }).then((j) => j && setJob(j))}
      >
        {t('invalidity.run')}
      </button>
      <ErrorBox error={start.error} />
      {job ? <JobProgress job={job} onChange={setJob} /> : null}
      {result ? (
        result.results.length === 0 ? (
          <p className="hint">{t('invalidity.none')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('invalidity.document')}</th>
                <th scope="col">{t('invalidity.date')}</th>
                <th scope="col">{t('invalidity.coverage')}</th>
              </tr>
            </thead>
            <tbody>
              {result.results.map((r) => (
                <tr key={r.publication_number}>
                  <td>
                    <Link to={`/patents/${encodeURIComponent(r.publication_number)}`}>
                      {r.publication_number}
                    </Link>{' '}
                    {r.title ?? ''}
                    {r.anticipates ? (
                      <span className="badge">{t('invalidity.anticipates')}</span>
                    ) : null}
                  </td>
                  <td>{r.date ?? '—'}</td>
                  <td>{Math.round(r.coverage * 100)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
    </section>
  )
}

/** Claims as a tree: each claim under the claim it depends on (first parent). */
function ClaimTree(props: { claims: readonly ClaimNode[] }) {
  const { t } = useTranslation()
  const children = new Map<number, ClaimNode[]>()
  for (const c of props.claims) {
    const parent = c.dependsOn[0]
    if (parent !== undefined) {
      children.set(parent, [...(children.get(parent) ?? []), c])
    }
  }
  const known = new Set(props.claims.map((c) => c.number))
  const roots = props.claims.filter((c) => c.dependsOn.length === 0 || !known.has(c.dependsOn[0]!))
  const node = (c: ClaimNode) => (
    <li key={c.number} className={c.independent ? 'independent' : 'dependent'}>
      <details open={c.independent}>
        <summary>
          {t('patent.claim', { n: c.number })}
          {c.independent ? <span className="badge">{t('patent.independent')}</span> : null}
          {c.cancelled ? <span className="badge muted">{t('patent.cancelled')}</span> : null}
          {children.get(c.number) ? (
            <span className="count">
              {t('patent.dependents', { count: children.get(c.number)!.length })}
            </span>
          ) : null}
        </summary>
        <p className="claim-text">{c.text}</p>
      </details>
      {children.get(c.number) ? <ul>{children.get(c.number)!.map(node)}</ul> : null}
    </li>
  )
  return <ul className="claim-tree">{roots.map(node)}</ul>
}

/** The patent page: bibliography, abstract, claims tree, family by country, citations. */
export default function PatentPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const [p, setP] = useState<PatentDetail | null>(null)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    setP(null)
    api.patent(id).then(setP, setError)
  }, [id])
  if (error) {
    return <ErrorBox error={error} />
  }
  if (!p) {
    return <p className="loading">{t('common.loading')}</p>
  }
  return (
    <article aria-labelledby="patent-title" className="patent">
      <p className="pn">{p.id}</p>
      <h1 id="patent-title">{p.title}</h1>
      <dl className="biblio">
        <dt>{t('patent.published')}</dt>
        <dd>{p.pubDate ?? '—'}</dd>
        <dt>{t('patent.application')}</dt>
        <dd>{p.application ? `${p.application.number} (${p.application.date ?? '—'})` : '—'}</dd>
        <dt>{t('patent.stage')}</dt>
        <dd>
          {t(`stage.${p.stage}`, { defaultValue: p.stage })}
          {p.grantDate ? ` · ${p.grantDate}` : ''}
        </dd>
        <dt>{t('patent.applicants')}</dt>
        <dd>{[...p.applicants, ...p.assignees].join('; ') || '—'}</dd>
        <dt>{t('patent.inventors')}</dt>
        <dd>{p.inventors.join('; ') || '—'}</dd>
        <dt>{t('patent.classifications')}</dt>
        <dd>{p.classifications.map((c) => c.symbol).join(', ') || '—'}</dd>
        <dt>{t('patent.priority')}</dt>
        <dd>
          {p.priorityClaims.map((c) => `${c.country} ${c.number} ${c.date ?? ''}`).join('; ') ||
            '—'}
        </dd>
      </dl>
      <section aria-labelledby="abstract-h">
        <h2 id="abstract-h">{t('fields.abstract')}</h2>
        <p>{p.abstract || '—'}</p>
      </section>
      <section aria-labelledby="claims-h">
        <h2 id="claims-h">
          {t('fields.claims')} <span className="count">{p.claims.length}</span>
        </h2>
        <ClaimTree claims={p.claims} />
      </section>
      <section aria-labelledby="family-h">
        <h2 id="family-h">{t('patent.family')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('patent.country')}</th>
              <th scope="col">{t('patent.status')}</th>
              <th scope="col">{t('patent.members')}</th>
            </tr>
          </thead>
          <tbody>
            {p.familyByCountry.map((f) => (
              <tr key={f.country}>
                <th scope="row">{f.country}</th>
                <td>
                  <span className={`status status-${f.status}`}>
                    {t(`familyStatus.${f.status}`)}
                  </span>
                </td>
                <td>
                  {f.members.map((m) => (
                    <Link key={m} to={`/patents/${encodeURIComponent(m)}`} className="chip">
                      {m}
                    </Link>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">{t('patent.familyNote')}</p>
      </section>
      <section aria-labelledby="cites-h">
        <h2 id="cites-h">
          {t('patent.citations')} <span className="count">{p.citations.length}</span>
        </h2>
        <ul className="citations">
          {p.citations.map((c, i) => (
            <li key={i}>
              {c.inStore && c.id ? (
                <Link to={`/patents/${encodeURIComponent(c.id)}`}>{c.text}</Link>
              ) : (
                c.text
              )}{' '}
              <span className="badge muted">
                {t(`citation.${c.category}`, { defaultValue: c.category })}
              </span>
            </li>
          ))}
        </ul>
        <h3>
          {t('patent.citedBy')} <span className="count">{p.citedBy.length}</span>
        </h3>
        <ul className="citations">
          {p.citedBy.map((c) => (
            <li key={c.id}>
              <Link to={`/patents/${encodeURIComponent(c.id)}`}>{c.id}</Link> {c.title ?? ''} ·{' '}
              {c.pubDate ?? ''}
            </li>
          ))}
        </ul>
      </section>
      {p.description ? (
        <section aria-labelledby="desc-h">
          <details>
            <summary>
              <h2 id="desc-h" className="inline-h">
                {t('fields.description')}
              </h2>
            </summary>
            <div className="description">{p.description.slice(0, 60_000)}</div>
          </details>
        </section>
      ) : null}
      <InvalidityPanel id={p.id} />
    </article>
  )
}
