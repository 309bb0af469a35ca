import type { Me } from '@chuhai/api-client'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'
import { api } from '../api'
import { LANGUAGES } from '../i18n'

const NAV = [
  ['/search', 'nav.search'],
  ['/fto', 'nav.fto'],
  ['/planner', 'nav.planner'],
  ['/docket', 'nav.docket'],
  ['/landscape', 'nav.landscape'],
  ['/eligibility', 'nav.eligibility'],
  ['/disclosures', 'nav.disclosures'],
  ['/import', 'nav.import'],
  ['/settings', 'nav.settings'],
] as const

/** Frame of every page: skip link, navigation, organisation switch, language, sign-out. */
export function Layout(props: { me: Me; children: ReactNode; onChange: (me: Me | null) => void }) {
  const { t, i18n } = useTranslation()
  const { me } = props
  return (
    <div className="shell">
      <a className="skip" href="#main">
        {t('nav.skip')}
      </a>
      <header className="top">
        <span className="brand" aria-label="Chuhai">
          出海 <small>Chuhai</small>
        </span>
        <label className="inline">
          <span className="sr-only">{t('nav.organisation')}</span>
          <select
            value={me.org.id}
            onChange={(e) => void api.switchOrg(e.target.value).then(props.onChange)}
          >
            {me.orgs.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name} · {t(`roles.${o.role}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          <span className="sr-only">{t('nav.language')}</span>
          <select
            data-testid="language"
            value={i18n.resolvedLanguage}
            onChange={(e) => void i18n.changeLanguage(e.target.value)}
          >
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <span className="user">{me.user.name}</span>
        <button type="button" onClick={() => void api.logout().then(() => props.onChange(null))}>
          {t('nav.signOut')}
        </button>
      </header>
      <nav className="side" aria-label={t('nav.main')}>
        <ul>
          {NAV.map(([to, key]) => (
            <li key={to}>
              <NavLink to={to}>{t(key)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {props.children}
      </main>
    </div>
  )
}
