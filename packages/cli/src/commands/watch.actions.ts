import {
  createError,
  nextRunAfter,
  type WatchDefinition,
  type WatchInput,
} from '@chuhai/core/monitor'
import { deliverPending } from '@chuhai/monitor'
import {
  listOption,
  loadResolver,
  nowFrom,
  openMonitor,
  printJson,
  smtpFromEnv,
} from '../monitor/monitor-context.js'

interface AddFlags {
  db?: string
  name: string
  applicant?: string
  subsidiaries: boolean
  cpc?: string
  query?: string
  publications?: string
  families?: string
  cites?: string
  countries?: string
  cron?: string
  timezone?: string
  expiryDays?: string
  email?: string
  webhook?: string
  webhookSecret?: string
  json?: boolean
}

/** `watch add`. */
export async function addAction(f: AddFlags): Promise<void> {
  if (f.webhook !== undefined && f.webhookSecret === undefined) {
    throw createError('MONITOR_INVALID_WATCH', 'webhook', '--webhook needs --webhook-secret')
  }
  const input: WatchInput = {
    name: f.name,
    applicant: f.applicant,
    includeSubsidiaries: f.subsidiaries,
    cpc: (f.cpc ?? '')
      .split(',')
      .map((c) => c.trim())
      .filter((c) => c !== ''),
    query: f.query,
    publications: listOption(f.publications, true),
    families: listOption(f.families),
    cites: listOption(f.cites, true),
    countries: listOption(f.countries, true),
    ...(f.cron !== undefined ? { cron: f.cron } : {}),
    ...(f.timezone !== undefined ? { timezone: f.timezone } : {}),
    ...(f.expiryDays !== undefined ? { expiryDays: Number(f.expiryDays) } : {}),
    email: listOption(f.email),
    webhooks: f.webhook !== undefined ? [{ url: f.webhook, secret: f.webhookSecret ?? '' }] : [],
  }
  const store = openMonitor(f.db)
  try {
    const watch = await store.addWatch(input, Date.now())
    if (f.json) {
      printJson(presentWatch(watch.definition, null))
    } else {
      process.stdout.write(
        `added watch ${watch.definition.name}; its first run records a baseline (no alerts for what is already there)\n`,
      )
    }
  } finally {
    await store.close()
  }
}

/** `watch list`. */
export async function listAction(f: { db?: string; json?: boolean }): Promise<void> {
  const store = openMonitor(f.db)
  try {
    const watches = await store.listWatches()
    const rows = watches.map((w) => ({
      ...presentWatch(w.definition, w.lastRunAt),
      created_at: w.createdAt,
      last_run_at: w.lastRunAt,
    }))
    if (f.json) {
      printJson({ watches: rows })
      return
    }
    if (rows.length === 0) {
      process.stdout.write('no watches yet: add one with chuhai watch add --name N --applicant A\n')
      return
    }
    for (const r of rows) {
      process.stdout.write(
        `${r.name}\n  criteria: ${r.criteria}\n  schedule: ${r.cron} (${r.timezone}), next ${r.next_run}, last ${r.last_run_at ?? 'never'}\n`,
      )
    }
  } finally {
    await store.close()
  }
}

function presentWatch(
  d: WatchDefinition,
  lastRunAt: string | null,
): {
  name: string
  criteria: string
  cron: string
  timezone: string
  next_run: string
  delivery: string[]
} {
  const parts = [
    d.applicant !== undefined
      ? `applicant ${d.applicant}${d.includeSubsidiaries ? ' (with subsidiaries)' : ''}`
      : '',
    d.cpc.length > 0 ? `cpc ${d.cpc.join(' | ')}` : '',
    d.query !== undefined ? `query ${d.query}` : '',
    d.publications.length > 0 ? `publications ${d.publications.join(', ')}` : '',
    d.families.length > 0 ? `families ${d.families.join(', ')}` : '',
    d.cites.length > 0 ? `citing ${d.cites.join(', ')}` : '',
    d.countries.length > 0 ? `in ${d.countries.join(', ')}` : '',
  ].filter((p) => p !== '')
  const from = lastRunAt ? Date.parse(lastRunAt) : Date.now()
  return {
    name: d.name,
    criteria: parts.join('; '),
    cron: d.cron,
    timezone: d.timezone,
    next_run: new Date(nextRunAfter(d.cron, from, d.timezone)).toISOString(),
    delivery: [...d.email.map((e) => `email ${e}`), ...d.webhooks.map((w) => `webhook ${w.url}`)],
  }
}

interface RunFlags {
  db?: string
  name?: string
  due?: boolean
  deliver: boolean
  aliases?: string
  now?: string
  json?: boolean
}

/**
 * `watch run`: runs the watches (each committed on its own), delivers, then prints every alert
 * not printed before — including alerts a killed earlier run committed — and marks them printed.
 */
export async function runAction(f: RunFlags): Promise<void> {
  const now = nowFrom(f.now)
  const resolver = loadResolver(f.aliases)
  const store = openMonitor(f.db)
  try {
    const names = f.name !== undefined ? listOption(f.name) : undefined
    const { outcomes } = await store.run({
      resolver,
      now,
      dueOnly: f.due ?? false,
      ...(names ? { names } : {}),
    })
    const delivery = f.deliver ? await deliverPending(store, { smtp: smtpFromEnv() }) : undefined
    const alerts = await store.alerts({
      unreported: true,
      limit: 1_000_000,
      ...(names?.length === 1 ? { watch: names[0] } : {}),
    })
    const shown = names && names.length > 1 ? alerts.filter((a) => names.includes(a.watch)) : alerts
    if (f.json) {
      printJson({
        alerts: shown.map((a) => ({
          watch: a.watch,
          kind: a.kind,
          publication_number: a.publication_number,
          date: a.date,
          summary: a.summary,
          id: a.id,
          key: a.key,
        })),
        watches: outcomes,
        ...(delivery ? { delivery } : {}),
      })
    } else {
      for (const o of outcomes) {
        process.stdout.write(
          `${o.watch}: ${o.baseline ? 'baseline recorded' : `${o.alerts} new alert(s)`}, ${o.examined} publication(s) examined\n`,
        )
      }
      for (const a of shown) {
        process.stdout.write(
          `  [${a.watch}] ${a.date} ${a.kind} ${a.publication_number}  ${a.summary}\n`,
        )
      }
      if (delivery && (delivery.delivered > 0 || delivery.failed > 0 || delivery.waiting > 0)) {
        process.stdout.write(
          `delivery: ${delivery.delivered} sent, ${delivery.failed} failed (retried later), ${delivery.waiting} waiting for CHUHAI_SMTP_URL\n`,
        )
      }
    }
    await store.markReported(
      shown.map((a) => a.id),
      Date.now(),
    )
  } finally {
    await store.close()
  }
}
