import type { JobView, Me } from '@chuhai/api-client'
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api'
import { ErrorBox, Field, useAction } from '../components/form'
import { JobProgress } from '../components/job-progress'

/** Data import (upload or server folder) and every job of the organisation with live progress. */
export default function ImportPage(props: { me: Me }) {
  const { t } = useTranslation()
  const canImport = props.me.permissions.includes('patents.import')
  const [jobs, setJobs] = useState<JobView[]>([])
  const [roots, setRoots] = useState<string[]>([])
  const [path, setPath] = useState('')
  const files = useRef<HTMLInputElement>(null)
  const upload = useAction(api.upload)
  const fromPath = useAction(api.importPaths)
  const fetcher = useAction(api.fetchRun)
  const [fetchDraft, setFetchDraft] = useState({
    service: 'ops' as 'uspto' | 'ops' | 'odp' | 'patentsview' | 'lens',
    numbers: '',
    query: '',
    date: '',
  })
  const load = useCallback(() => api.jobs().then(setJobs), [])
  useEffect(() => {
    void load()
    if (canImport) {
      api.importRoots().then(
        (r) => setRoots(r.roots),
        () => setRoots([]),
      )
    }
  }, [load, canImport])
  const submitUpload = async (e: FormEvent) => {
    e.preventDefault()
    const list = [...(files.current?.files ?? [])]
    if (list.length > 0 && (await upload.run(list))) {
      if (files.current) {
        files.current.value = ''
      }
      await load()
    }
  }
  const submitPath = async (e: FormEvent) => {
    e.preventDefault()
    if (await fromPath.run([path])) {
      await load()
    }
  }
  const submitFetch = async (e: FormEvent) => {
    e.preventDefault()
    const numbers = fetchDraft.numbers
      .split(/[\s,;]+/)
      .map((n) => n.trim())
      .filter(Boolean)
    const job = await fetcher.run({
      service: fetchDraft.service,
      ...(fetchDraft.service === 'uspto' ? { date: fetchDraft.date } : { numbers }),
      ...(fetchDraft.query.trim() && fetchDraft.service !== 'uspto' && fetchDraft.service !== 'ops'
        ? { query: fetchDraft.query.trim() }
        : {}),
    })
    if (job) {
      await load()
    }
  }
  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">{t('import.title')}</h1>
      {canImport ? (
        <div className="two-col">
          <form onSubmit={(e) => void submitUpload(e)} aria-labelledby="upload-h">
            <h2 id="upload-h">{t('import.upload')}</h2>
            <Field label={t('import.files')} hint={t('import.formats')}>
              <input ref={files} type="file" multiple required data-testid="upload" />
            </Field>
            <ErrorBox error={upload.error} />
            <button type="submit" className="primary" disabled={upload.busy}>
              {t('import.start')}
            </button>
          </form>
          {roots.length > 0 ? (
            <form onSubmit={(e) => void submitPath(e)} aria-labelledby="path-h">
              <h2 id="path-h">{t('import.serverPath')}</h2>
              <Field label={t('import.path')} hint={t('import.roots', { roots: roots.join(', ') })}>
                <input
                  required
                  value={path}
                  onChange={(e) => setPath(e.target.value)}
                  list="roots"
                />
              </Field>
              <datalist id="roots">
                {roots.map((r) => (
                  <option key={r} value={r} />
                ))}
              </datalist>
              <ErrorBox error={fromPath.error} />
              <button type="submit" disabled={fromPath.busy}>
                {t('import.start')}
              </button>
            </form>
          ) : null}
        </div>
      ) : (
        <p className="hint">{t('import.notAllowed')}</p>
      )}
      {canImport ? (
        <form
          onSubmit={(e) => void submitFetch(e)}
          aria-labelledby="fetch-h"
          className="fetch-form"
        >
          <h2 id="fetch-h">{t('fetch.title')}</h2>
          <p className="hint">{t('fetch.intro')}</p>
          <Field label={t('fetch.service')}>
            <select
              value={fetchDraft.service}
              onChange={(e) =>
                setFetchDraft({
                  ...fetchDraft,
                  service: e.target.value as typeof fetchDraft.service,
                })
              }
            >
              {(['ops', 'uspto', 'odp', 'patentsview', 'lens'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`fetch.services.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          {fetchDraft.service === 'uspto' ? (
            <Field label={t('fetch.date')}>
              <input
                type="date"
                required
                value={fetchDraft.date}
                onChange={(e) => setFetchDraft({ ...fetchDraft, date: e.target.value })}
              />
            </Field>
          ) : (
            <>
              <Field label={t('fetch.numbers')} hint={t('fetch.numbersHint')}>
                <input
                  value={fetchDraft.numbers}
                  onChange={(e) => setFetchDraft({ ...fetchDraft, numbers: e.target.value })}
                />
              </Field>
              {fetchDraft.service !== 'ops' ? (
                <Field label={t('fetch.query')}>
                  <input
                    value={fetchDraft.query}
                    onChange={(e) => setFetchDraft({ ...fetchDraft, query: e.target.value })}
                  />
                </Field>
              ) : null}
            </>
          )}
          <ErrorBox error={fetcher.error} />
          <button type="submit" disabled={fetcher.busy}>
            {t('fetch.start')}
          </button>
        </form>
      ) : null}
      <h2>{t('jobs.title')}</h2>
      <ul className="jobs" aria-live="polite">
        {jobs.map((j) => (
          <li key={j.id}>
            <time dateTime={j.createdAt}>{new Date(j.createdAt).toLocaleString()}</time>{' '}
            <JobProgress job={j} onChange={() => void load()} />
            {j.status === 'succeeded' && j.kind === 'ingest' && j.result ? (
              <p className="result">{t('import.result', j.result as Record<string, number>)}</p>
            ) : null}
            {j.status === 'succeeded' && j.kind === 'fetch' && j.result ? (
              <p className="result">
                {t('fetch.result', {
                  files: (j.result as { files: number }).files,
                  documents:
                    (j.result as { ingest: { documents: number } | null }).ingest?.documents ?? 0,
                })}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
