import type { DocketView, Me, MatterView } from '@chuhai/api-client'
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api'
import { ErrorBox, Field, useAction } from '../components/form'

const EVENT_TYPES = [
  'filing',
  'publication',
  'search_report',
  'office_action',
  'response',
  'grant',
  'lapse',
] as const

/** A month grid with the deadlines due in it. */
function Calendar(props: { docket: DocketView }) {
  const { t, i18n } = useTranslation()
  const [month, setMonth] = useState(() => props.docket.today.slice(0, 7))
  const [y, m] = month.split('-').map(Number) as [number, number]
  const first = new Date(Date.UTC(y, m - 1, 1))
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  const lead = (first.getUTCDay() + 6) % 7
  const byDay = new Map<string, DocketView['deadlines']>()
  for (const d of props.docket.deadlines) {
    byDay.set(d.due, [...(byDay.get(d.due) ?? []), d])
  }
  const shift = (n: number) => {
    const d = new Date(Date.UTC(y, m - 1 + n, 1))
    setMonth(d.toISOString().slice(0, 7))
  }
  const title = new Intl.DateTimeFormat(i18n.language, {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(first)
  const weekdays = [...Array(7).keys()].map((i) =>
    new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, 1 + i)),
    ),
  )
  return (
    <div className="calendar">
      <div className="cal-head">
        <button type="button" onClick={() => shift(-1)} aria-label={t('docket.previousMonth')}>
          ‹
        </button>
        <h3 aria-live="polite">{title}</h3>
        <button type="button" onClick={() => shift(1)} aria-label={t('docket.nextMonth')}>
          ›
        </button>
      </div>
      <table>
        <thead>
          <tr>
            {weekdays.map((w) => (
              <th key={w} scope="col">
                {w}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...Array(Math.ceil((lead + days) / 7)).keys()].map((week) => (
            <tr key={week}>
              {[...Array(7).keys()].map((dow) => {
                const day = week * 7 + dow - lead + 1
                if (day < 1 || day > days) {
                  return <td key={dow} />
                }
                const date = `${month}-${String(day).padStart(2, '0')}`
                const due = byDay.get(date) ?? []
                return (
                  <td key={dow} className={date === props.docket.today ? 'today' : undefined}>
                    <span className="day">{day}</span>
                    {due.map((d, i) => (
                      <span
                        key={i}
                        className={`due status-${d.status}`}
                        title={`${d.basis} — ${d.source}`}
                      >
                        {d.office} {t(`deadline.${d.kind}`, { defaultValue: d.kind })}
                      </span>
                    ))}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Docket: matters and events, upcoming deadlines, calendar, ICS export. */
export default function DocketPage(props: { me: Me }) {
  const { t } = useTranslation()
  const canWrite = props.me.permissions.includes('matters.write')
  const [matters, setMatters] = useState<MatterView[]>([])
  const [docket, setDocket] = useState<DocketView | null>(null)
  const [matter, setMatter] = useState({
    office: 'CN',
    title: '',
    filingDate: '',
    targets: 'US,EP',
    core: true,
  })
  const [event, setEvent] = useState({
    matterId: '',
    type: 'office_action' as (typeof EVENT_TYPES)[number],
    date: '',
  })
  const addMatter = useAction(api.createMatter)
  const addEvent = useAction(api.addEvent)
  const load = useCallback(async () => {
    setMatters(await api.matters())
    setDocket(await api.docket({ upcoming: 365 }))
  }, [])
  useEffect(() => {
    void load()
  }, [load])
  const submitMatter = async (e: FormEvent) => {
    e.preventDefault()
    const m = await addMatter.run({
      office: matter.office,
      title: matter.title,
      ...(matter.filingDate ? { filingDate: matter.filingDate } : {}),
      core: matter.core,
      targets: matter.targets
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    })
    if (m && matter.filingDate) {
      await api.addEvent(m.id, { type: 'filing', date: matter.filingDate })
    }
    if (m) {
      setMatter({ ...matter, title: '' })
      await load()
    }
  }
  const submitEvent = async (e: FormEvent) => {
    e.preventDefault()
    if (await addEvent.run(event.matterId, { type: event.type, date: event.date })) {
      await load()
    }
  }
  return (
    <section aria-labelledby="docket-title">
      <h1 id="docket-title">{t('docket.title')}</h1>
      <p>
        <a href="/api/docket.ics" download>
          {t('docket.ics')}
        </a>
      </p>
      {docket ? (
        <>
          <h2>{t('docket.upcoming')}</h2>
          <table data-testid="deadlines">
            <thead>
              <tr>
                <th scope="col">{t('docket.due')}</th>
                <th scope="col">{t('docket.days')}</th>
                <th scope="col">{t('docket.matter')}</th>
                <th scope="col">{t('docket.kind')}</th>
                <th scope="col">{t('docket.basis')}</th>
                <th scope="col">{t('docket.status')}</th>
              </tr>
            </thead>
            <tbody>
              {docket.deadlines.slice(0, 50).map((d, i) => (
                <tr
                  key={i}
                  className={d.daysLeft < 0 ? 'overdue' : d.daysLeft <= 30 ? 'soon' : undefined}
                >
                  <td>{d.due}</td>
                  <td>{d.daysLeft}</td>
                  <td>
                    {d.office} · {matters.find((m) => m.id === d.matterId)?.title ?? d.matterId}
                  </td>
                  <td>
                    {t(`deadline.${d.kind}`, { defaultValue: d.kind })}
                    {d.estimated ? ` (${t('docket.estimated')})` : ''}
                  </td>
                  <td className="basis">{d.basis}</td>
                  <td>{t(`factStatus.${d.status}`, { defaultValue: d.status })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {docket.deadlines.length === 0 ? <p className="hint">{t('docket.none')}</p> : null}
          <Calendar docket={docket} />
        </>
      ) : null}
      <h2>{t('docket.matters')}</h2>
      <ul className="matters">
        {matters.map((m) => (
          <li key={m.id}>
            <strong>{m.office}</strong> {m.title} · {m.filingDate ?? '—'}{' '}
            {m.core ? <span className="badge">{t('docket.core')}</span> : null}
          </li>
        ))}
      </ul>
      {canWrite ? (
        <div className="two-col">
          <form onSubmit={(e) => void submitMatter(e)} aria-labelledby="add-matter-h">
            <h3 id="add-matter-h">{t('docket.addMatter')}</h3>
            <Field label={t('docket.office')}>
              <input
                required
                value={matter.office}
                maxLength={3}
                onChange={(e) => setMatter({ ...matter, office: e.target.value.toUpperCase() })}
              />
            </Field>
            <Field label={t('docket.matterTitle')}>
              <input
                required
                value={matter.title}
                onChange={(e) => setMatter({ ...matter, title: e.target.value })}
              />
            </Field>
            <Field label={t('docket.filingDate')}>
              <input
                type="date"
                value={matter.filingDate}
                onChange={(e) => setMatter({ ...matter, filingDate: e.target.value })}
              />
            </Field>
            <Field label={t('docket.targets')}>
              <input
                value={matter.targets}
                onChange={(e) => setMatter({ ...matter, targets: e.target.value })}
              />
            </Field>
            <label>
              <input
                type="checkbox"
                checked={matter.core}
                onChange={(e) => setMatter({ ...matter, core: e.target.checked })}
              />{' '}
              {t('docket.core')}
            </label>
            <ErrorBox error={addMatter.error} />
            <button type="submit" disabled={addMatter.busy}>
              {t('docket.addMatter')}
            </button>
          </form>
          <form onSubmit={(e) => void submitEvent(e)} aria-labelledby="add-event-h">
            <h3 id="add-event-h">{t('docket.addEvent')}</h3>
            <Field label={t('docket.matter')}>
              <select
                required
                value={event.matterId}
                onChange={(e) => setEvent({ ...event, matterId: e.target.value })}
              >
                <option value="">—</option>
                {matters.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.office} {m.title}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('docket.eventType')}>
              <select
                value={event.type}
                onChange={(e) =>
                  setEvent({ ...event, type: e.target.value as (typeof EVENT_TYPES)[number] })
                }
              >
                {EVENT_TYPES.map((x) => (
                  <option key={x} value={x}>
                    {t(`event.${x}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('docket.date')}>
              <input
                required
                type="date"
                value={event.date}
                onChange={(e) => setEvent({ ...event, date: e.target.value })}
              />
            </Field>
            <ErrorBox error={addEvent.error} />
            <button type="submit" disabled={addEvent.busy}>
              {t('docket.addEvent')}
            </button>
          </form>
        </div>
      ) : null}
    </section>
  )
}
