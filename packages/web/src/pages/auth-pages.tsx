import type { Me } from '@chuhai/api-client'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api'
import { ErrorBox, Field, useAction } from '../components/form'
import { LANGUAGES } from '../i18n'

function LanguageLinks() {
  const { i18n } = useTranslation()
  return (
    <p className="langs">
      {LANGUAGES.map((l) => (
        <button
          key={l.code}
          type="button"
          className="link"
          lang={l.code}
          aria-pressed={i18n.resolvedLanguage === l.code}
          onClick={() => void i18n.changeLanguage(l.code)}
        >
          {l.label}
        </button>
      ))}
    </p>
  )
}

/** First visit: the owner account and the organisation. */
export function SetupPage(props: { onDone: (me: Me) => void }) {
  const { t } = useTranslation()
  const [form, setForm] = useState({ name: '', email: '', password: '', organisation: '' })
  const action = useAction(api.setup)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const me = await action.run(form)
    if (me) {
      props.onDone(me)
    }
  }
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value })
  return (
    <main className="auth" id="main">
      <h1>{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      <LanguageLinks />
      <form onSubmit={(e) => void submit(e)}>
        <Field label={t('setup.organisation')}>
          <input
            required
            value={form.organisation}
            onChange={set('organisation')}
            autoComplete="organization"
          />
        </Field>
        <Field label={t('setup.name')}>
          <input required value={form.name} onChange={set('name')} autoComplete="name" />
        </Field>
        <Field label={t('auth.email')}>
          <input
            required
            type="email"
            value={form.email}
            onChange={set('email')}
            autoComplete="email"
          />
        </Field>
        <Field label={t('auth.password')} hint={t('setup.passwordHint')}>
          <input
            required
            type="password"
            minLength={10}
            value={form.password}
            onChange={set('password')}
            autoComplete="new-password"
          />
        </Field>
        <ErrorBox error={action.error} />
        <button type="submit" className="primary" disabled={action.busy}>
          {t('setup.submit')}
        </button>
      </form>
    </main>
  )
}

/** Sign-in. */
export function LoginPage(props: { onDone: (me: Me) => void }) {
  const { t } = useTranslation()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const action = useAction(api.login)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const me = await action.run({ email, password })
    if (me) {
      props.onDone(me)
    }
  }
  return (
    <main className="auth" id="main">
      <h1>{t('auth.signIn')}</h1>
      <LanguageLinks />
      <form onSubmit={(e) => void submit(e)}>
        <Field label={t('auth.email')}>
          <input
            required
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            autoComplete="username"
          />
        </Field>
        <Field label={t('auth.password')}>
          <input
            required
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
          />
        </Field>
        <ErrorBox error={action.error} />
        <button type="submit" className="primary" disabled={action.busy}>
          {t('auth.signIn')}
        </button>
      </form>
    </main>
  )
}
