import type { Me, ObjectSummary, ObjectView } from '@chuhai/api-client'
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api'
import { ErrorBox, Field, useAction } from '../components/form'

/** Invention disclosures: confidential, listed without their text, opened one at a time (audited). */
export default function DisclosuresPage(props: { me: Me }) {
  const { t } = useTranslation()
  const canWrite = props.me.permissions.includes('objects.write')
  const [list, setList] = useState<ObjectSummary[]>([])
  const [open, setOpen] = useState<ObjectView | null>(null)
  const [draft, setDraft] = useState({ title: '', body: '' })
  const save = useAction(async () =>
    open
      ? api.updateObject('disclosures', open.id, { title: draft.title, body: draft.body })
      : api.createObject('disclosures', draft),
  )
  const load = useCallback(() => api.objects('disclosures').then(setList), [])
  useEffect(() => {
    void load()
  }, [load])
  const select = async (id: string) => {
    const o = await api.object('disclosures', id)
    setOpen(o)
    setDraft({ title: o.title, body: o.body })
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const o = await save.run()
    if (o) {
      setOpen(o)
      await load()
    }
  }
  return (
    <section aria-labelledby="disc-title">
      <h1 id="disc-title">{t('disclosures.title')}</h1>
      <p className="hint">{t('disclosures.intro')}</p>
      <div className="two-col">
        <ul className="objects">
          {list.map((o) => (
            <li key={o.id}>
              <button
                type="button"
                className="link"
                onClick={() => void select(o.id)}
                aria-current={open?.id === o.id}
              >
                {o.title}
              </button>{' '}
              <small>{new Date(o.updatedAt).toLocaleDateString()}</small>
            </li>
          ))}
          <li>
            <button
              type="button"
              onClick={() => {
                setOpen(null)
                setDraft({ title: '', body: '' })
              }}
            >
              {t('disclosures.new')}
            </button>
          </li>
        </ul>
        <form onSubmit={(e) => void submit(e)}>
          <Field label={t('disclosures.titleField')}>
            <input
              required
              disabled={!canWrite}
              value={draft.title}
              onChange={(e) => setDraft({ ...draft, title: e.target.value })}
            />
          </Field>
          <Field label={t('disclosures.body')}>
            <textarea
              rows={14}
              disabled={!canWrite}
              value={draft.body}
              onChange={(e) => setDraft({ ...draft, body: e.target.value })}
            />
          </Field>
          <ErrorBox error={save.error} />
          {canWrite ? (
            <button type="submit" className="primary" disabled={save.busy}>
              {t('common.save')}
            </button>
          ) : null}
        </form>
      </div>
    </section>
  )
}
