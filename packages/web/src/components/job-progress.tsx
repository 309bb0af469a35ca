import type { JobView } from '@chuhai/api-client'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api'

const FINAL = new Set(['succeeded', 'failed', 'cancelled', 'interrupted'])

/** Follows one job over server-sent events until it ends; `onDone` gets the final job. */
export function useJob(initial: JobView | null, onDone?: (job: JobView) => void): JobView | null {
  const [job, setJob] = useState(initial)
  useEffect(() => {
    setJob(initial)
    if (!initial || FINAL.has(initial.status)) {
      return undefined
    }
    const source = new EventSource(api.jobEventsUrl(initial.id))
    source.addEventListener('job', (e) => {
      const next = JSON.parse((e as MessageEvent<string>).data) as JobView
      setJob(next)
      if (FINAL.has(next.status)) {
        source.close()
        onDone?.(next)
      }
    })
    source.onerror = () => source.close()
    return () => source.close()
    // Follow a new job when its id changes; callbacks are read when events arrive.
  }, [initial?.id])
  return job
}

/** A job's status, progress bar and cancel / retry buttons. */
export function JobProgress(props: { job: JobView; onChange?: (job: JobView) => void }) {
  const { t } = useTranslation()
  const job = useJob(props.job, props.onChange)
  if (!job) {
    return null
  }
  const fraction = job.progress?.fraction
  const detail = job.progress?.detail
  return (
    <div className={`job job-${job.status}`} data-testid="job" data-status={job.status}>
      <span className="status">{t(`jobStatus.${job.status}`)}</span>{' '}
      <span className="kind">{t(`jobKind.${job.kind}`)}</span>
      {job.status === 'running' || job.status === 'queued' ? (
        <progress max={1} value={fraction ?? undefined} aria-label={t('jobs.progress')} />
      ) : null}
      {detail?.documents !== undefined ? (
        <span className="count"> {t('jobs.documents', { count: Number(detail.documents) })}</span>
      ) : null}
      {job.error ? <span className="error-text"> {job.error}</span> : null}
      {job.status === 'running' || job.status === 'queued' ? (
        <button type="button" onClick={() => void api.cancelJob(job.id).then(props.onChange)}>
          {t('jobs.cancel')}
        </button>
      ) : null}
      {job.status === 'failed' || job.status === 'cancelled' || job.status === 'interrupted' ? (
        <button type="button" onClick={() => void api.retryJob(job.id).then(props.onChange)}>
          {t('jobs.retry')}
        </button>
      ) : null}
    </div>
  )
}
