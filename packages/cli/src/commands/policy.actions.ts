import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  createError,
  defaultPolicySources,
  isDue,
  parsePolicySources,
  POLICY_JURISDICTIONS,
  POLICY_TOPICS,
  type PolicyJurisdiction,
  type PolicySourcesFile,
  type PolicyTopic,
} from '@chuhai/core/monitor'
import { deliverPending, fetchPolicySources } from '@chuhai/monitor'
import { createSqliteMonitorStore, createSqlitePolicyStore } from '@chuhai/store-sqlite'
import { databasePath } from '../db-path.js'
import { listOption, printJson, smtpFromEnv } from '../monitor/monitor-context.js'

function loadSources(option: string | undefined): PolicySourcesFile {
  const file = option ?? process.env.CHUHAI_POLICY_SOURCES
  if (file === undefined || file === '') {
    return defaultPolicySources()
  }
  const path = resolve(file)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8')) as unknown
  } catch (error) {
    throw createError(
      'POLICY_SOURCES_INVALID',
      path,
      error instanceof Error ? error.message : String(error),
    )
  }
  return parsePolicySources(raw, path)
}

/** `policy sources`. */
export function sourcesAction(f: { sources?: string; json?: boolean }): void {
  const file = loadSources(f.sources)
  if (f.json) {
    printJson(file)
    return
  }
  for (const s of file.sources) {
    process.stdout.write(
      `${s.id.padEnd(24)} ${s.jurisdiction.padEnd(4)} ${s.kind.padEnd(17)} ${s.url}\n`,
    )
  }
}

/** `policy fetch`. */
export async function fetchAction(f: {
  db?: string
  sources?: string
  source?: string
  due?: boolean
  maxPages?: string
  json?: boolean
}): Promise<void> {
  const file = loadSources(f.sources)
  const only = listOption(f.source)
  const unknown = only.filter((id) => !file.sources.some((s) => s.id === id))
  if (unknown.length > 0) {
    throw createError(
      'USAGE',
      `--source: unknown ${unknown.join(', ')}; known: ${file.sources.map((s) => s.id).join(', ')}`,
    )
  }
  const store = createSqlitePolicyStore({ path: databasePath(f.db) })
  const now = Date.now()
  try {
    const chosen = file.sources.filter(
      (s) =>
        (only.length === 0 || only.includes(s.id)) &&
        (!f.due || isDue(s.cron, store.lastFetch(s.id), now)),
    )
    const reports = await fetchPolicySources(store, chosen, {
      ...(f.maxPages !== undefined ? { maxPages: Number(f.maxPages) } : {}),
    })
    for (const r of reports) {
      if (r.error === undefined) {
        store.setLastFetch(r.source, now)
      }
    }
    const monitor = createSqliteMonitorStore({ path: databasePath(f.db) })
    const delivery = await deliverPending(monitor, { smtp: smtpFromEnv() }).finally(() =>
      monitor.close(),
    )
    if (f.json) {
      printJson({ sources: reports, delivery })
      return
    }
    for (const r of reports) {
      const what =
        r.error ??
        (r.changed !== undefined
          ? r.changed
            ? 'changed'
            : 'unchanged'
          : `${r.added} new, ${r.duplicates} duplicate(s)`)
      process.stdout.write(`${r.source.padEnd(24)} ${what}\n`)
    }
  } finally {
    store.close()
  }
}

/** `policy list`. */
export function listAction(f: {
  db?: string
  jurisdiction?: string
  topic?: string
  limit?: string
  json?: boolean
}): void {
  if (
    f.jurisdiction !== undefined &&
    !POLICY_JURISDICTIONS.includes(f.jurisdiction as PolicyJurisdiction)
  ) {
    throw createError('USAGE', `--jurisdiction must be one of ${POLICY_JURISDICTIONS.join(', ')}`)
  }
  if (f.topic !== undefined && !POLICY_TOPICS.includes(f.topic as PolicyTopic)) {
    throw createError('USAGE', `--topic must be one of ${POLICY_TOPICS.join(', ')}`)
  }
  const store = createSqlitePolicyStore({ path: databasePath(f.db) })
  try {
    const items = store.items({
      ...(f.jurisdiction !== undefined ? { jurisdiction: f.jurisdiction } : {}),
      ...(f.topic !== undefined ? { topic: f.topic } : {}),
      ...(f.limit !== undefined ? { limit: Number(f.limit) } : {}),
    })
    if (f.json) {
      printJson({ items })
      return
    }
    for (const i of items) {
      process.stdout.write(
        `${i.published ?? i.firstSeen.slice(0, 10)} ${i.jurisdiction.padEnd(4)} [${i.topics.join(',')}] ${i.title}\n`,
      )
    }
  } finally {
    store.close()
  }
}

/** `policy changes`. */
export function changesAction(f: { db?: string; json?: boolean }): void {
  const store = createSqlitePolicyStore({ path: databasePath(f.db) })
  try {
    const changes = store.changes()
    if (f.json) {
      printJson({ changes })
      return
    }
    for (const c of changes) {
      process.stdout.write(
        `${c.detectedAt} ${c.source} ${c.url} (+${c.diff.added} / -${c.diff.removed})\n${c.diff.text}\n\n`,
      )
    }
  } finally {
    store.close()
  }
}

/** `policy subscribe`. */
export function subscribeAction(f: {
  db?: string
  name: string
  jurisdictions?: string
  topics?: string
  email?: string
  webhook?: string
  webhookSecret?: string
}): void {
  const jurisdictions = listOption(f.jurisdictions, true)
  const topics = listOption(f.topics).map((t) => t.toLowerCase())
  const badJ = jurisdictions.filter((j) => !POLICY_JURISDICTIONS.includes(j as PolicyJurisdiction))
  const badT = topics.filter((t) => !POLICY_TOPICS.includes(t as PolicyTopic))
  if (badJ.length > 0 || badT.length > 0) {
    throw createError(
      'USAGE',
      `unknown ${[...badJ, ...badT].join(', ')}; jurisdictions: ${POLICY_JURISDICTIONS.join(', ')}; topics: ${POLICY_TOPICS.join(', ')}`,
    )
  }
  if (f.webhook !== undefined && f.webhookSecret === undefined) {
    throw createError('USAGE', '--webhook needs --webhook-secret')
  }
  const store = createSqlitePolicyStore({ path: databasePath(f.db) })
  try {
    store.addSubscription(
      {
        name: f.name,
        jurisdictions: jurisdictions as PolicyJurisdiction[],
        topics: topics as PolicyTopic[],
        email: listOption(f.email),
        webhooks:
          f.webhook !== undefined ? [{ url: f.webhook, secret: f.webhookSecret ?? '' }] : [],
      },
      Date.now(),
    )
    process.stdout.write(`subscribed ${f.name}\n`)
  } finally {
    store.close()
  }
}

/** `policy alerts`. */
export function alertsAction(f: {
  db?: string
  name?: string
  unreported?: boolean
  json?: boolean
}): void {
  const store = createSqlitePolicyStore({ path: databasePath(f.db) })
  try {
    const alerts = store.alerts({
      ...(f.name !== undefined ? { subscription: f.name } : {}),
      unreported: f.unreported ?? false,
    })
    if (f.json) {
      printJson({ alerts })
    } else {
      for (const a of alerts) {
        process.stdout.write(
          `#${a.id} [${a.subscription}] ${a.date ?? ''} ${a.jurisdiction} [${a.topics.join(',')}] ${a.title}\n`,
        )
      }
    }
    if (f.unreported) {
      store.markReported(
        alerts.map((a) => a.id),
        Date.now(),
      )
    }
  } finally {
    store.close()
  }
}
