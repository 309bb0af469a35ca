import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api'
import { ErrorBox, Field, useAction } from '../components/form'

const OFFICES = ['US', 'EP', 'CN', 'JP', 'KR', 'UK'] as const

interface Report {
  disclaimer: string
  jurisdictions: {
    jurisdiction: string
    office: string
    verdict: 'eligible' | 'ineligible' | 'uncertain'
    verdictLabel: string
    steps: {
      id: string
      title: string
      outcome: string
      finding: string
      sources: { citation?: string; status?: string }[]
    }[]
    risks: { id: string; text: string }[]
    suggestions: { id: string; text: string }[]
  }[]
}

/** AI subject-matter eligibility pre-check per office, explained step by step. */
export default function EligibilityPage() {
  const { t, i18n } = useTranslation()
  const [claims, setClaims] = useState('')
  const [offices, setOffices] = useState<string[]>([...OFFICES])
  const [report, setReport] = useState<Report | null>(null)
  const action = useAction(api.eligibility)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const r = await action.run({
      claims,
      jurisdictions: offices as (typeof OFFICES)[number][],
      lang: i18n.language.startsWith('zh') ? 'zh' : 'en',
    })
    if (r) {
      setReport(r as unknown as Report)
    }
  }
  return (
    <section aria-labelledby="elig-title">
      <h1 id="elig-title">{t('eligibility.title')}</h1>
      <form onSubmit={(e) => void submit(e)}>
        <Field label={t('eligibility.claims')} hint={t('eligibility.hint')}>
          <textarea required rows={8} value={claims} onChange={(e) => setClaims(e.target.value)} />
        </Field>
        <fieldset className="markets">
          <legend>{t('eligibility.offices')}</legend>
          {OFFICES.map((o) => (
            <label key={o}>
              <input
                type="checkbox"
                checked={offices.includes(o)}
                onChange={() =>
                  setOffices(offices.includes(o) ? offices.filter((x) => x !== o) : [...offices, o])
                }
              />{' '}
              {o}
            </label>
          ))}
        </fieldset>
        <ErrorBox error={action.error} />
        <button type="submit" className="primary" disabled={action.busy || offices.length === 0}>
          {t('eligibility.submit')}
        </button>
      </form>
      {report ? (
        <div data-testid="eligibility">
          {report.jurisdictions.map((j) => (
            <article key={j.jurisdiction} className="verdict-card">
              <h2>
                {j.jurisdiction} ·{' '}
                <span className={`status status-${j.verdict}`}>{j.verdictLabel}</span>
              </h2>
              <ol>
                {j.steps.map((s) => (
                  <li key={s.id}>
                    <strong>{s.title}</strong>: {s.finding}
                    {s.sources.length > 0 ? (
                      <small className="sources">
                        {' '}
                        —{' '}
                        {s.sources
                          .map((x) => `${x.citation ?? ''} (${x.status ?? '?'})`)
                          .join('; ')}
                      </small>
                    ) : null}
                  </li>
                ))}
              </ol>
              {j.risks.length > 0 ? (
                <>
                  <h3>{t('eligibility.risks')}</h3>
                  <ul>
                    {j.risks.map((r) => (
                      <li key={r.id}>{r.text}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              {j.suggestions.length > 0 ? (
                <>
                  <h3>{t('eligibility.suggestions')}</h3>
                  <ul>
                    {j.suggestions.map((r) => (
                      <li key={r.id}>{r.text}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </article>
          ))}
          <p className="hint">{report.disclaimer}</p>
        </div>
      ) : null}
    </section>
  )
}
