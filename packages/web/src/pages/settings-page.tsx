import type {
  ApiTokenView,
  AuditView,
  CreatedToken,
  Me,
  Member,
  RoleName,
} from '@chuhai/api-client'
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api'
import { ErrorBox, Field, useAction } from '../components/form'

const ROLES: readonly RoleName[] = ['owner', 'ip_manager', 'attorney', 'viewer']

/** Members and roles, API tokens, audit log. */
export default function SettingsPage(props: { me: Me }) {
  const { t } = useTranslation()
  const can = (p: string) => props.me.permissions.includes(p)
  const [members, setMembers] = useState<Member[]>([])
  const [tokens, setTokens] = useState<ApiTokenView[]>([])
  const [audit, setAudit] = useState<AuditView[]>([])
  const [created, setCreated] = useState<CreatedToken | null>(null)
  const [member, setMember] = useState({
    email: '',
    name: '',
    password: '',
    role: 'viewer' as RoleName,
  })
  const [tokenName, setTokenName] = useState('')
  const addMember = useAction(api.addMember)
  const addToken = useAction(api.createToken)
  const load = useCallback(async () => {
    setMembers(await api.members())
    setTokens(await api.tokens())
    if (props.me.permissions.includes('audit.read')) {
      setAudit(await api.audit({ limit: 100 }))
    }
  }, [props.me])
  useEffect(() => {
    void load()
  }, [load])
  const submitMember = async (e: FormEvent) => {
    e.preventDefault()
    if (await addMember.run({ ...member, password: member.password || undefined })) {
      setMember({ email: '', name: '', password: '', role: 'viewer' })
      await load()
    }
  }
  const submitToken = async (e: FormEvent) => {
    e.preventDefault()
    const tk = await addToken.run(tokenName)
    if (tk) {
      setCreated(tk)
      setTokenName('')
      await load()
    }
  }
  const name = (id: string | null) => members.find((m) => m.userId === id)?.name ?? id ?? '—'
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title', { org: props.me.org.name })}</h1>
      <h2>{t('settings.members')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('setup.name')}</th>
            <th scope="col">{t('auth.email')}</th>
            <th scope="col">{t('settings.role')}</th>
            <th scope="col">
              <span className="sr-only">{t('settings.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.userId}>
              <td>{m.name}</td>
              <td>{m.email}</td>
              <td>
                {can('members.manage') ? (
                  <select
                    aria-label={t('settings.roleOf', { name: m.name })}
                    value={m.role}
                    onChange={(e) =>
                      void api.setRole(m.userId, e.target.value as RoleName).then(load)
                    }
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {t(`roles.${r}`)}
                      </option>
                    ))}
                  </select>
                ) : (
                  t(`roles.${m.role}`)
                )}
              </td>
              <td>
                {can('members.manage') && m.userId !== props.me.user.id ? (
                  <button type="button" onClick={() => void api.removeMember(m.userId).then(load)}>
                    {t('settings.remove')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('settings.rolesHelp')}</p>
      {can('members.manage') ? (
        <form
          onSubmit={(e) => void submitMember(e)}
          className="grid-form"
          aria-label={t('settings.addMember')}
        >
          <Field label={t('auth.email')}>
            <input
              required
              type="email"
              value={member.email}
              onChange={(e) => setMember({ ...member, email: e.target.value })}
            />
          </Field>
          <Field label={t('setup.name')}>
            <input
              required
              value={member.name}
              onChange={(e) => setMember({ ...member, name: e.target.value })}
            />
          </Field>
          <Field label={t('settings.initialPassword')} hint={t('settings.initialPasswordHint')}>
            <input
              type="password"
              minLength={10}
              value={member.password}
              onChange={(e) => setMember({ ...member, password: e.target.value })}
              autoComplete="new-password"
            />
          </Field>
          <Field label={t('settings.role')}>
            <select
              value={member.role}
              onChange={(e) => setMember({ ...member, role: e.target.value as RoleName })}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          </Field>
          <ErrorBox error={addMember.error} />
          <button type="submit" disabled={addMember.busy}>
            {t('settings.addMember')}
          </button>
        </form>
      ) : null}
      <h2>{t('settings.tokens')}</h2>
      {created ? (
        <p role="status" className="secret">
          {t('settings.tokenOnce')} <code>{created.token}</code>
        </p>
      ) : null}
      <ul>
        {tokens.map((tk) => (
          <li key={tk.id}>
            {tk.name} <code>{tk.prefix}…</code> {tk.revokedAt ? t('settings.revoked') : null}{' '}
            {!tk.revokedAt ? (
              <button type="button" onClick={() => void api.revokeToken(tk.id).then(load)}>
                {t('settings.revoke')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void submitToken(e)} className="inline-form">
        <Field label={t('settings.tokenName')}>
          <input required value={tokenName} onChange={(e) => setTokenName(e.target.value)} />
        </Field>
        <ErrorBox error={addToken.error} />
        <button type="submit" disabled={addToken.busy}>
          {t('settings.createToken')}
        </button>
      </form>
      {can('audit.read') ? (
        <>
          <h2>{t('settings.audit')}</h2>
          <table className="audit">
            <thead>
              <tr>
                <th scope="col">{t('settings.when')}</th>
                <th scope="col">{t('settings.who')}</th>
                <th scope="col">{t('settings.what')}</th>
                <th scope="col">{t('settings.object')}</th>
              </tr>
            </thead>
            <tbody>
              {audit.map((a) => (
                <tr key={a.seq}>
                  <td>
                    <time dateTime={a.at}>{new Date(a.at).toLocaleString()}</time>
                  </td>
                  <td>{name(a.userId)}</td>
                  <td>{t(`auditAction.${a.action}`, { defaultValue: a.action })}</td>
                  <td>
                    {a.objectType} {a.objectId ? <code>{a.objectId.slice(0, 8)}</code> : null}{' '}
                    {a.detail ?? ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  )
}
