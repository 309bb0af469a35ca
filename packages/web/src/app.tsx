import type { Me } from '@chuhai/api-client'
import { lazy, Suspense, useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, Route, Routes } from 'react-router'
import { api } from './api'
import { Layout } from './components/layout'
import { LoginPage, SetupPage } from './pages/auth-pages'
import { SearchPage } from './pages/search-page'

// Pages beyond the first are loaded on demand, so the first page stays small and quick.
const PatentPage = lazy(() => import('./pages/patent-page'))
const FtoPage = lazy(() => import('./pages/fto-page'))
const PlannerPage = lazy(() => import('./pages/planner-page'))
const DocketPage = lazy(() => import('./pages/docket-page'))
const LandscapePage = lazy(() => import('./pages/landscape-page'))
const EligibilityPage = lazy(() => import('./pages/eligibility-page'))
const ImportPage = lazy(() => import('./pages/import-page'))
const DisclosuresPage = lazy(() => import('./pages/disclosures-page'))
const SettingsPage = lazy(() => import('./pages/settings-page'))

type State = { kind: 'loading' } | { kind: 'setup' } | { kind: 'login' } | { kind: 'in'; me: Me }

/** Auth gate: first visit → owner sign-up; signed out → sign-in; else the workspace. */
export function App() {
  const { t } = useTranslation()
  const [state, setState] = useState<State>({ kind: 'loading' })
  const refresh = useCallback(async () => {
    try {
      setState({ kind: 'in', me: await api.me() })
    } catch {
      const { needsOwner } = await api.setupStatus()
      setState({ kind: needsOwner ? 'setup' : 'login' })
    }
  }, [])
  useEffect(() => {
    void refresh()
  }, [refresh])
  if (state.kind === 'loading') {
    return <p className="loading">{t('common.loading')}</p>
  }
  if (state.kind === 'setup') {
    return <SetupPage onDone={(me) => setState({ kind: 'in', me })} />
  }
  if (state.kind === 'login') {
    return <LoginPage onDone={(me) => setState({ kind: 'in', me })} />
  }
  const me = state.me
  return (
    <Layout
      me={me}
      onChange={(next) => setState(next ? { kind: 'in', me: next } : { kind: 'login' })}
    >
      <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
        <Routes>
          <Route path="/" element={<Navigate to="/search" replace />} />
          <Route path="/search" element={<SearchPage />} />
          <Route path="/patents/:id" element={<PatentPage />} />
          <Route path="/fto" element={<FtoPage me={me} />} />
          <Route path="/planner" element={<PlannerPage />} />
          <Route path="/docket" element={<DocketPage me={me} />} />
          <Route path="/landscape" element={<LandscapePage />} />
          <Route path="/eligibility" element={<EligibilityPage />} />
          <Route path="/import" element={<ImportPage me={me} />} />
          <Route path="/disclosures" element={<DisclosuresPage me={me} />} />
          <Route path="/settings" element={<SettingsPage me={me} />} />
          <Route path="*" element={<p>{t('common.notFound')}</p>} />
        </Routes>
      </Suspense>
    </Layout>
  )
}
