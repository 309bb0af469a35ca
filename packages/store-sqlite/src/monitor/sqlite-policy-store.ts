import { createHash } from 'node:crypto'
import {
  classifyPolicyItem,
  createError,
  diffText,
  subscriptionMatches,
  WebhookTarget,
  type PolicyClassification,
  type PolicyItemInput,
  type PolicyJurisdiction,
  type PolicySubscription,
  type PolicyTopic,
  type TextDiff,
} from '@chuhai/core/monitor'
import { openDatabase, type SqliteStoreOptions } from '../connection.js'
import type { SqliteDb } from '../driver.js'
import { migrate } from '../schema/migrations.js'
import { getMeta, setMeta } from './meta.js'

/** A stored policy item. */
export interface PolicyItem extends PolicyItemInput {
  readonly id: number
  readonly jurisdiction: PolicyJurisdiction
  readonly topics: readonly PolicyTopic[]
  readonly reasons: PolicyClassification['reasons']
  readonly firstSeen: string
}

/** A detected change of a tracked page. */
export interface PolicyChange {
  readonly id: number
  readonly source: string
  readonly url: string
  readonly diff: TextDiff
  readonly jurisdiction: PolicyJurisdiction
  readonly topics: readonly PolicyTopic[]
  readonly detectedAt: string
}

/** A subscription with its delivery channels. */
export interface StoredSubscription extends PolicySubscription {
  readonly email: readonly string[]
  readonly webhooks: readonly WebhookTarget[]
}

/** A policy alert of one subscriber. */
export interface PolicyAlert {
  readonly id: number
  readonly subscription: string
  readonly kind: 'policy_update' | 'policy_change'
  readonly title: string
  readonly url: string | null
  readonly jurisdiction: PolicyJurisdiction
  readonly topics: readonly PolicyTopic[]
  readonly date: string | null
  readonly key: string
}

/** Opens (and migrates) the policy-tracker tables of a Chuhai database. */
export function createSqlitePolicyStore(options: SqliteStoreOptions): SqlitePolicyStore {
  const db = openDatabase(options)
  try {
    migrate(db)
    return new SqlitePolicyStore(db)
  } catch (error) {
    db.close()
    throw error
  }
}

const hash = (s: string): string => createHash('sha256').update(s).digest('hex')
const normalise = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim()

/**
 * Items, tracked pages, subscriptions and policy alerts (issue 8, ADR 0015). Every write of an
 * item or a change and its alerts is one transaction; alert keys are unique, so fetching the same
 * feed twice, or again after a crash, raises nothing new.
 */
export class SqlitePolicyStore {
  readonly #db: SqliteDb

  /** Use `createSqlitePolicyStore`. */
  constructor(db: SqliteDb) {
    this.#db = db
  }

  addSubscription(input: Omit<StoredSubscription, 'id'>, now: number): StoredSubscription {
    const webhooks = input.webhooks.map((w) => WebhookTarget.parse(w))
    const exists = this.#db
      .prepare('SELECT 1 FROM policy_subscriptions WHERE name = ?')
      .get(input.name)
    if (exists) {
      throw createError('MONITOR_DUPLICATE_WATCH', input.name)
    }
    const r = this.#db
      .prepare(
        `INSERT INTO policy_subscriptions (name, jurisdictions, topics, email, webhooks, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.name,
        JSON.stringify(input.jurisdictions),
        JSON.stringify(input.topics),
        JSON.stringify(input.email),
        JSON.stringify(webhooks),
        new Date(now).toISOString(),
      )
    return { ...input, webhooks, id: Number(r.lastInsertRowid) }
  }

  subscriptions(): StoredSubscription[] {
    const rows = this.#db.prepare('SELECT * FROM policy_subscriptions ORDER BY name').all() as {
      id: number
      name: string
      jurisdictions: string
      topics: string
      email: string
      webhooks: string
    }[]
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      jurisdictions: JSON.parse(r.jurisdictions) as PolicyJurisdiction[],
      topics: JSON.parse(r.topics) as PolicyTopic[],
      email: JSON.parse(r.email) as string[],
      webhooks: JSON.parse(r.webhooks) as WebhookTarget[],
    }))
  }

  /**
   * Stores new items with their classification. An item already stored (same source and guid) or
   * carrying the same title and summary as a stored item of any source is a duplicate. Alerts go to
   * every matching subscriber, with an outbox row per channel, in the same transaction.
   */
  recordItems(
    items: readonly (PolicyItemInput & { readonly classification: PolicyClassification })[],
    now: number,
  ): { added: PolicyItem[]; duplicates: number } {
    const at = new Date(now).toISOString()
    const added: PolicyItem[] = []
    let duplicates = 0
    const subs = this.subscriptions()
    const seenContent = this.#db.prepare(
      'SELECT 1 FROM policy_items WHERE content_hash = ? LIMIT 1',
    )
    const insert = this.#db.prepare(
      `INSERT OR IGNORE INTO policy_items (source, guid, url, title, summary, published, jurisdiction, topics, reasons, content_hash, first_seen)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    this.#transaction(() => {
      for (const item of items) {
        const content = hash(`${normalise(item.title)}\n${normalise(item.summary)}`)
        if (seenContent.get(content)) {
          duplicates++
          continue
        }
        const { jurisdiction, topics, reasons } = item.classification
        const r = insert.run(
          item.source,
          item.guid,
          item.url ?? null,
          item.title,
          item.summary,
          item.published ?? null,
          jurisdiction,
          JSON.stringify(topics),
          JSON.stringify(reasons),
          content,
          at,
        )
        if (r.changes === 0) {
          duplicates++
          continue
        }
        const id = Number(r.lastInsertRowid)
        added.push({
          source: item.source,
          guid: item.guid,
          url: item.url,
          title: item.title,
          summary: item.summary,
          published: item.published,
          id,
          jurisdiction,
          topics,
          reasons,
          firstSeen: at,
        })
        this.#alert(
          subs,
          'policy_update',
          id,
          item.title,
          item.url ?? null,
          jurisdiction,
          topics,
          item.published ?? null,
          at,
        )
      }
    })
    return { added, duplicates }
  }

  /**
   * Compares a tracked page's current text with the stored version. The first fetch stores it
   * (no change); a different text stores a change with its line diff, classified by the source's
   * topics plus the topic rules run over the changed lines, and alerts subscribers.
   */
  trackPage(
    source: {
      readonly id: string
      readonly name?: string
      readonly url: string
      readonly jurisdiction: PolicyJurisdiction
      readonly topics: readonly PolicyTopic[]
    },
    text: string,
    now: number,
  ): PolicyChange | undefined {
    const at = new Date(now).toISOString()
    const newHash = hash(text)
    const stored = this.#db
      .prepare('SELECT content_hash, text FROM policy_documents WHERE source = ?')
      .get(source.id) as { content_hash: string; text: string } | undefined
    if (stored?.content_hash === newHash) {
      return undefined
    }
    let change: PolicyChange | undefined
    this.#transaction(() => {
      this.#db
        .prepare(
          `INSERT INTO policy_documents (source, url, content_hash, text, fetched_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT(source) DO UPDATE SET url = excluded.url, content_hash = excluded.content_hash, text = excluded.text, fetched_at = excluded.fetched_at`,
        )
        .run(source.id, source.url, newHash, text, at)
      if (!stored) {
        return
      }
      const diff = diffText(stored.text, text)
      const changed = diff.text
        .split('\n')
        .filter((l) => l.startsWith('+ ') || l.startsWith('- '))
        .join('\n')
      const { topics } = classifyPolicyItem(
        { title: source.name ?? source.id, summary: changed },
        { id: source.id, jurisdiction: source.jurisdiction, topics: source.topics },
      )
      const r = this.#db
        .prepare(
          `INSERT OR IGNORE INTO policy_changes (source, url, old_hash, new_hash, diff, jurisdiction, topics, detected_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          source.id,
          source.url,
          stored.content_hash,
          newHash,
          JSON.stringify(diff),
          source.jurisdiction,
          JSON.stringify(topics),
          at,
        )
      const id = Number(r.lastInsertRowid)
      change = {
        id,
        source: source.id,
        url: source.url,
        diff,
        jurisdiction: source.jurisdiction,
        topics,
        detectedAt: at,
      }
      const title = `Changed: ${source.id} (+${diff.added} / -${diff.removed} lines)`
      this.#alert(
        this.subscriptions(),
        'policy_change',
        id,
        title,
        source.url,
        source.jurisdiction,
        topics,
        at.slice(0, 10),
        at,
      )
    })
    return change
  }

  /** Stored items, newest first, optionally of one jurisdiction or topic. */
  items(filter: { jurisdiction?: string; topic?: string; limit?: number } = {}): PolicyItem[] {
    const rows = this.#db
      .prepare(
        `SELECT * FROM policy_items WHERE (? IS NULL OR jurisdiction = ?)
           AND (? IS NULL OR EXISTS (SELECT 1 FROM json_each(topics) WHERE value = ?))
         ORDER BY coalesce(published, first_seen) DESC, id DESC LIMIT ?`,
      )
      .all(
        filter.jurisdiction ?? null,
        filter.jurisdiction ?? null,
        filter.topic ?? null,
        filter.topic ?? null,
        filter.limit ?? 200,
      ) as {
      id: number
      source: string
      guid: string
      url: string | null
      title: string
      summary: string
      published: string | null
      jurisdiction: PolicyJurisdiction
      topics: string
      reasons: string
      first_seen: string
    }[]
    return rows.map((r) => ({
      id: r.id,
      source: r.source,
      guid: r.guid,
      url: r.url ?? undefined,
      title: r.title,
      summary: r.summary,
      published: r.published ?? undefined,
      jurisdiction: r.jurisdiction,
      topics: JSON.parse(r.topics) as PolicyTopic[],
      reasons: JSON.parse(r.reasons) as PolicyClassification['reasons'],
      firstSeen: r.first_seen,
    }))
  }

  /** Detected page changes, newest first. */
  changes(limit = 100): PolicyChange[] {
    const rows = this.#db
      .prepare('SELECT * FROM policy_changes ORDER BY id DESC LIMIT ?')
      .all(limit) as {
      id: number
      source: string
      url: string
      diff: string
      jurisdiction: PolicyJurisdiction
      topics: string
      detected_at: string
    }[]
    return rows.map((r) => ({
      id: r.id,
      source: r.source,
      url: r.url,
      diff: JSON.parse(r.diff) as TextDiff,
      jurisdiction: r.jurisdiction,
      topics: JSON.parse(r.topics) as PolicyTopic[],
      detectedAt: r.detected_at,
    }))
  }

  /** Policy alerts, oldest first; `unreported` only those not printed yet. */
  alerts(filter: { subscription?: string; unreported?: boolean } = {}): PolicyAlert[] {
    const rows = this.#db
      .prepare(
        `SELECT a.id, s.name AS subscription, a.kind, a.title, a.url, a.jurisdiction, a.topics, a.date, a.key
         FROM policy_alerts a JOIN policy_subscriptions s ON s.id = a.subscription_id
         WHERE (? IS NULL OR s.name = ?) AND (? = 0 OR a.reported_at IS NULL) ORDER BY a.id`,
      )
      .all(
        filter.subscription ?? null,
        filter.subscription ?? null,
        filter.unreported ? 1 : 0,
      ) as (Omit<PolicyAlert, 'topics'> & { topics: string })[]
    return rows.map((r) => ({ ...r, topics: JSON.parse(r.topics) as PolicyTopic[] }))
  }

  markReported(ids: readonly number[], now: number): void {
    const stmt = this.#db.prepare(
      'UPDATE policy_alerts SET reported_at = coalesce(reported_at, ?) WHERE id = ?',
    )
    this.#transaction(() => {
      for (const id of ids) {
        stmt.run(new Date(now).toISOString(), id)
      }
    })
  }

  /** When a source was last fetched (ms), for cron scheduling; `undefined` if never. */
  lastFetch(source: string): number | undefined {
    const v = getMeta(this.#db, `policy_last_fetch:${source}`)
    return v === undefined ? undefined : Number(v)
  }

  /** Records a fetch of a source. */
  setLastFetch(source: string, at: number): void {
    setMeta(this.#db, `policy_last_fetch:${source}`, String(at))
  }

  close(): void {
    this.#db.close()
  }

  #alert(
    subs: readonly StoredSubscription[],
    kind: PolicyAlert['kind'],
    refId: number,
    title: string,
    url: string | null,
    jurisdiction: PolicyJurisdiction,
    topics: readonly PolicyTopic[],
    date: string | null,
    at: string,
  ): void {
    const insert = this.#db.prepare(
      `INSERT OR IGNORE INTO policy_alerts (key, subscription_id, kind, ref_id, title, url, jurisdiction, topics, date, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    const outbox = this.#db.prepare(
      `INSERT OR IGNORE INTO monitor_deliveries (ref, channel, status, next_attempt_at) VALUES (?, ?, 'pending', ?)`,
    )
    for (const sub of subs) {
      if (!subscriptionMatches(sub, jurisdiction, topics)) {
        continue
      }
      const r = insert.run(
        `policy:${sub.id}:${kind}:${refId}`,
        sub.id,
        kind,
        refId,
        title,
        url,
        jurisdiction,
        JSON.stringify(topics),
        date,
        at,
      )
      if (r.changes > 0) {
        const ref = `policy:${String(r.lastInsertRowid)}`
        for (const channel of [
          ...sub.email.map((e) => `email:${e}`),
          ...sub.webhooks.map((w) => `webhook:${w.url}`),
        ]) {
          outbox.run(ref, channel, at)
        }
      }
    }
  }

  #transaction(work: () => void): void {
    this.#db.exec('BEGIN IMMEDIATE')
    try {
      work()
      this.#db.exec('COMMIT')
    } catch (error) {
      this.#db.exec('ROLLBACK')
      throw error
    }
  }
}
