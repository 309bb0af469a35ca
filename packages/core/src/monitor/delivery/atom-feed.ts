import type { Alert } from '../watch/alert.js'

/** Feed-level data of an Atom feed. */
export interface AtomFeedInfo {
  /** A permanent IRI of the feed, e.g. `urn:chuhai:watch:nv-ai` or the feed's URL. */
  readonly id: string
  readonly title: string
  /** The feed's own URL (rel="self"), when it is served. */
  readonly selfUrl?: string
  /** Used as `updated` when there are no entries (ISO instant). */
  readonly generatedAt: string
}

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * An Atom 1.0 feed (RFC 4287) of alerts, newest first: every entry has the `id`, `title` and
 * `updated` the RFC requires, the feed has `author`; entry ids are `urn:chuhai:alert:<key>`, stable
 * across regenerations, so feed readers never show an alert twice.
 */
export function atomFeed(info: AtomFeedInfo, alerts: readonly Alert[]): string {
  const sorted = [...alerts].sort((a, b) => b.id - a.id)
  const updated = sorted[0]?.created_at ?? info.generatedAt
  const entries = sorted.map(
    (a) => `  <entry>
    <id>urn:chuhai:alert:${escape(encodeURIComponent(a.key))}</id>
    <title>${escape(`[${a.kind}] ${a.publication_number}`)}</title>
    <updated>${escape(a.created_at)}</updated>
    <published>${escape(a.created_at)}</published>
    <link rel="related" href="${escape(`https://patents.google.com/patent/${a.publication_number.replace(/-/g, '')}`)}"/>
    <category term="${escape(a.kind)}"/>
    <summary type="text">${escape(`${a.summary} (${a.date})`)}</summary>
  </entry>`,
  )
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escape(info.id)}</id>
  <title>${escape(info.title)}</title>
  <updated>${escape(updated)}</updated>
  <author><name>Chuhai</name></author>
  <generator>Chuhai</generator>
${info.selfUrl ? `  <link rel="self" href="${escape(info.selfUrl)}"/>\n` : ''}${entries.join('\n')}
</feed>
`
}
