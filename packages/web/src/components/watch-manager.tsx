import type { WatchView } from '@chuhai/api-client'
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api'
import { ErrorBox, Field, useAction } from './form'

const list = (text: string): string[] =>
  text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)

/**
 * The organisation's watchlists (ADR 0026): list, add (applicant, CPC, query, countries, e-mail)
 * and remove. Only this organisation's watches are shown or run; the server refuses the rest.
 */
export function WatchManager(props: { refresh: number }) {
  const { t } = useTranslation()
  const [watches, setWatches] = useState<WatchView[]>([])
  const [form, setForm] = useState({
    name: '',
    applicant: '',
    cpc: '',
    query: '',
    countries: '',
    email: '',
  })
  const load = useCallback(() => {
    api.watches().then(setWatches, () => setWatches([]))
  }, [])
  useEffect(load, [load, props.refresh])
  const add = useAction(api.createWatch)
  const remove = useAction(api.removeWatch)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const made = await add.run({
      name: form.name,
      ...(form.applicant.trim() ? { applicant: form.applicant } : {}),
      ...(form.query.trim() ? { query: form.query } : {}),
      cpc: list(form.cpc),
      countries: list(form.countries).map((c) => c.toUpperCase()),
      email: list(form.email),
    })
    if (made) {
      setForm({ name: '', applicant: '', cpc: '', query: '', countries: '', email: '' })
      load()
    }
  }
  const field = (key: keyof typeof form, label: string) => (
    <Field label={label}>
      <input value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
    </Field>
  )
  return (
    <>
      {watches.length > 0 ? (
        <table>
          <tbody>
            {watches.map((w) => (
              <tr key={w.name}>
                <td>{w.name}</td>
                <td>
                  {[w.applicant, w.query, w.cpc.join(' '), w.countries.join(' ')]
                    .filter((x) => x)
                    .join(' · ')}
                </td>
                <td>{w.lastRunAt ?? t('watch.never')}</td>
                <td>
                  <button
                    type="button"
                    disabled={remove.busy}
                    onClick={() => void remove.run(w.name).then(load)}
                  >
                    {t('watch.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('watch.none')}</p>
      )}
      <ErrorBox error={remove.error} />
      <form onSubmit={(e) => void submit(e)}>
        {field('name', t('watch.name'))}
        {field('applicant', t('watch.applicant'))}
        {field('cpc', t('watch.cpc'))}
        {field('query', t('watch.query'))}
        {field('countries', t('watch.countries'))}
        {field('email', t('watch.email'))}
        <button type="submit" disabled={add.busy || form.name.trim() === ''}>
          {t('watch.add')}
        </button>
        <ErrorBox error={add.error} />
      </form>
    </>
  )
}
