import type { SearchPage as Page } from '@chuhai/api-client'
import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { api } from '../api'
import { ErrorBox } from '../components/form'
import { Highlighted } from '../components/highlight'

const FACETS = ['country', 'year', 'cpc', 'applicant'] as const
const MODES = ['auto', 'boolean', 'text'] as const
const LIMIT = 20

/** Search with the query language, facets (click to filter) and highlighted passages. */
export function SearchPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const q = params.get('q') ?? ''
  const [draft, setDraft] = useState(q)
  const [page, setPage] = useState<Page | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const offset = Number(params.get('offset') ?? 0)
  const key = params.toString()

  useEffect(() => {
    setDraft(q)
    if (!q) {
      setPage(null)
      return
    }
    setBusy(true)
    setError(null)
    const year = params.get('year')
    const mode = params.get('mode')
    const status = params.get('status')
    api
      .search({
        q,
        offset,
        limit: LIMIT,
        ...(mode === 'boolean' || mode === 'text' ? { mode } : {}),
        ...(params.get('all') === '1' ? { allMembers: true } : {}),
        ...(status === 'grant' || status === 'application' ? { status } : {}),
        country: params.get('country') ?? undefined,
        cpc: params.get('cpc') ?? undefined,
        applicant: params.get('applicant') ?? undefined,
        ...(year ? { yearFrom: Number(year), yearTo: Number(year) } : {}),
      })
      .then(setPage, setError)
      .finally(() => setBusy(false))
    // The URL is the state: every filter change (the key) is a new search.
  }, [key])

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const next = new URLSearchParams()
    for (const keep of ['mode', 'all', 'status']) {
      const v = params.get(keep)
      if (v) {
        next.set(keep, v)
      }
    }
    if (draft.trim()) {
      next.set('q', draft.trim())
    }
    setParams(draft.trim() ? next : {})
  }
  const setOption = (name: string, value: string | null) => {
    const next = new URLSearchParams(params)
    next.delete('offset')
    if (value) {
      next.set(name, value)
    } else {
      next.delete(name)
    }
    setParams(next)
  }
  const toggle = (facet: string, value: string) => {
    const next = new URLSearchParams(params)
    next.delete('offset')
    if (next.get(facet) === value) {
      next.delete(facet)
    } else {
      next.set(facet, value)
    }
    setParams(next)
  }
  const go = (to: number) => {
    const next = new URLSearchParams(params)
    next.set('offset', String(to))
    setParams(next)
  }

  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">{t('search.title')}</h1>
      <form role="search" className="searchbar" onSubmit={submit}>
        <label className="sr-only" htmlFor="q">
          {t('search.label')}
        </label>
        <input
          id="q"
          type="search"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          placeholder={t('search.placeholder')}
          aria-describedby="q-help"
        />
        <button type="submit" className="primary" disabled={busy}>
          {t('search.submit')}
        </button>
      </form>
      <p id="q-help" className="hint">
        {t('search.syntax')}
      </p>
      <div className="search-options">
        <label>
          {t('search.mode')}{' '}
          <select
            value={params.get('mode') ?? 'auto'}
            onChange={(e) => setOption('mode', e.target.value === 'auto' ? null : e.target.value)}
          >
            {MODES.map((m) => (
              <option key={m} value={m}>
                {t(`search.mode${m[0]!.toUpperCase()}${m.slice(1)}`)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('search.status')}{' '}
          <select
            value={params.get('status') ?? ''}
            onChange={(e) => setOption('status', e.target.value || null)}
          >
            <option value="">{t('search.statusAny')}</option>
            <option value="grant">{t('search.statusGrant')}</option>
            <option value="application">{t('search.statusApplication')}</option>
          </select>
        </label>{' '}
        <label>
          <input
            type="checkbox"
            checked={params.get('all') === '1'}
            onChange={(e) => setOption('all', e.target.checked ? '1' : null)}
          />{' '}
          {t('search.allMembers')}
        </label>
      </div>
      <ErrorBox error={error} />
      {page ? (
        <div className="results-layout">
          <aside aria-label={t('search.facets')} className="facets">
            {FACETS.map((f) =>
              page.facets[f].length > 0 ? (
                <fieldset key={f}>
                  <legend>{t(`facets.${f}`)}</legend>
                  <ul>
                    {page.facets[f].map((v) => (
                      <li key={v.value}>
                        <label>
                          <input
                            type="checkbox"
                            checked={params.get(f) === v.value}
                            onChange={() => toggle(f, v.value)}
                          />{' '}
                          {v.value} <span className="count">{v.count}</span>
                        </label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
              ) : null,
            )}
            {page.facetSample ? (
              <p className="hint">{t('search.facetSample', { n: page.facetSample })}</p>
            ) : null}
          </aside>
          <div>
            <p aria-live="polite" className="summary">
              {page.totalIsExact
                ? t('search.count', { count: page.total, ms: page.tookMs })
                : t('search.countAbout', { count: page.total, ms: page.tookMs })}
            </p>
            <p className="hint read-as">
              {t(`search.readAs_${page.mode}`)}{' '}
              {page.understood.slice(0, 8).map((u) => (
                <code key={u.term} title={String(u.weight)}>
                  {u.term}
                </code>
              ))}
            </p>
            <ol className="hits" start={offset + 1}>
              {page.hits.map((h) => (
                <li key={h.id} className="hit">
                  <h2>
                    <Link to={`/patents/${encodeURIComponent(h.id)}`}>{h.title || h.id}</Link>
                  </h2>
                  <p className="meta">
                    <span className="pn">{h.id}</span> · {h.pubDate ?? '—'} ·{' '}
                    {h.familyId && params.get('all') !== '1' ? (
                      <span className="family">{t('search.family', { id: h.familyId })} · </span>
                    ) : null}
                    {h.applicants.join('; ') || '—'}
                    {h.cpc.length > 0 ? ` · ${h.cpc.join(', ')}` : ''}
                  </p>
                  {h.highlights.map((x) => (
                    <p key={x.field} className="snippet">
                      <span className="field-tag">{t(`fields.${x.field}`)}</span>{' '}
                      <Highlighted text={x.text} spans={x.spans} />
                    </p>
                  ))}
                </li>
              ))}
            </ol>
            <nav className="pager" aria-label={t('search.pages')}>
              <button
                type="button"
                disabled={offset === 0}
                onClick={() => go(Math.max(0, offset - LIMIT))}
              >
                {t('search.previous')}
              </button>
              <button
                type="button"
                disabled={offset + LIMIT >= page.total}
                onClick={() => go(offset + LIMIT)}
              >
                {t('search.next')}
              </button>
            </nav>
          </div>
        </div>
      ) : (
        <p className="hint">{t('search.empty')}</p>
      )}
    </section>
  )
}
