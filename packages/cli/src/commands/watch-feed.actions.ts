import { writeFileSync } from 'node:fs'
import { atomFeed, createError, type LegalStatus } from '@chuhai/core/monitor'
import { deliverPending } from '@chuhai/monitor'
import { openMonitor, printJson, smtpFromEnv } from '../monitor/monitor-context.js'

const STATUSES: readonly LegalStatus[] = [
  'pending',
  'granted',
  'lapsed',
  'revoked',
  'withdrawn',
  'expired',
  'reinstated',
]

/** `watch alerts`: the in-app feed. */
export async function alertsAction(f: {
  db?: string
  name?: string
  unread?: boolean
  limit?: string
  json?: boolean
}): Promise<void> {
  const store = openMonitor(f.db)
  try {
    const alerts = await store.alerts({
      ...(f.name !== undefined ? { watch: f.name } : {}),
      unread: f.unread ?? false,
      limit: f.limit !== undefined ? Number(f.limit) : 1000,
    })
    if (f.json) {
      printJson({ alerts })
      return
    }
    for (const a of alerts) {
      process.stdout.write(
        `#${a.id} [${a.watch}] ${a.date} ${a.kind} ${a.publication_number}  ${a.summary}\n`,
      )
    }
  } finally {
    await store.close()
  }
}

/** `watch read [ids…]`. */
export async function readAction(ids: string[], f: { db?: string }): Promise<void> {
  const store = openMonitor(f.db)
  try {
    const chosen =
      ids.length > 0
        ? ids.map(Number)
        : (await store.alerts({ unread: true, limit: 1_000_000 })).map((a) => a.id)
    await store.markRead(chosen, Date.now())
    process.stdout.write(`${chosen.length} alert(s) marked read\n`)
  } finally {
    await store.close()
  }
}

/** `watch atom --name N`. */
export async function atomAction(f: {
  db?: string
  name: string
  out?: string
  self?: string
}): Promise<void> {
  const store = openMonitor(f.db)
  try {
    const watch = await store.getWatch(f.name)
    if (!watch) {
      throw createError(
        'MONITOR_UNKNOWN_WATCH',
        f.name,
        (await store.listWatches()).map((w) => w.definition.name),
      )
    }
    const alerts = await store.alerts({ watch: f.name, limit: 500 })
    const xml = atomFeed(
      {
        id: `urn:chuhai:watch:${encodeURIComponent(f.name)}:${watch.id}`,
        title: `Chuhai watch ${f.name}`,
        generatedAt: watch.createdAt,
        ...(f.self !== undefined ? { selfUrl: f.self } : {}),
      },
      alerts.slice(-100),
    )
    if (f.out !== undefined) {
      writeFileSync(f.out, xml)
    } else {
      process.stdout.write(xml)
    }
  } finally {
    await store.close()
  }
}

/** `watch deliver`. */
export async function deliverAction(f: { db?: string; json?: boolean }): Promise<void> {
  const store = openMonitor(f.db)
  try {
    const report = await deliverPending(store, { smtp: smtpFromEnv() })
    if (f.json) {
      printJson(report)
    } else {
      process.stdout.write(
        `${report.delivered} sent, ${report.failed} failed (retried later), ${report.waiting} waiting for CHUHAI_SMTP_URL\n`,
      )
      for (const e of report.errors) {
        process.stdout.write(`  ${e.channel}: ${e.error}\n`)
      }
    }
  } finally {
    await store.close()
  }
}

/** `watch status`. */
export async function statusAction(f: {
  db?: string
  publication: string
  status: string
  date: string
  source?: string
}): Promise<void> {
  if (!STATUSES.includes(f.status as LegalStatus)) {
    throw createError('USAGE', `--status must be one of ${STATUSES.join(', ')}`)
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.date)) {
    throw createError('USAGE', `--date: ${JSON.stringify(f.date)} is not YYYY-MM-DD`)
  }
  const store = openMonitor(f.db)
  try {
    const ok = await store.recordLegalStatus(
      f.publication,
      f.status as LegalStatus,
      f.date,
      f.source ?? 'manual',
    )
    if (!ok) {
      throw createError('NOT_FOUND', `publication ${f.publication}`)
    }
    process.stdout.write(`recorded: ${f.publication} ${f.status} on ${f.date}\n`)
  } finally {
    await store.close()
  }
}

/** `watch remove`. */
export async function removeAction(f: { db?: string; name: string }): Promise<void> {
  const store = openMonitor(f.db)
  try {
    if (!(await store.removeWatch(f.name))) {
      throw createError(
        'MONITOR_UNKNOWN_WATCH',
        f.name,
        (await store.listWatches()).map((w) => w.definition.name),
      )
    }
    process.stdout.write(`removed watch ${f.name}\n`)
  } finally {
    await store.close()
  }
}
