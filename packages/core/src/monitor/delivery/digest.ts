import type { Alert } from '../watch/alert.js'

/** An e-mail digest: subject, plain text and HTML bodies. */
export interface Digest {
  readonly subject: string
  readonly text: string
  readonly html: string
}

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The digest of alerts for one recipient, grouped by watch, in alert order. Plain text for mail
 * clients that prefer it, and a simple table in HTML.
 */
export function alertDigest(alerts: readonly Alert[]): Digest {
  const byWatch = new Map<string, Alert[]>()
  for (const a of alerts) {
    byWatch.set(a.watch, [...(byWatch.get(a.watch) ?? []), a])
  }
  const watches = [...byWatch.keys()]
  const subject = `Chuhai: ${alerts.length} new alert${alerts.length === 1 ? '' : 's'} (${watches.join(', ')})`
  const text = watches
    .map((w) =>
      [
        `Watch ${w}`,
        ...byWatch
          .get(w)!
          .map((a) => `  ${a.date}  ${a.kind}  ${a.publication_number}  ${a.summary}`),
      ].join('\n'),
    )
    .join('\n\n')
  const html = watches
    .map(
      (w) =>
        `<h2>Watch ${escape(w)}</h2>\n<table>\n<tr><th>date</th><th>kind</th><th>publication</th><th>summary</th></tr>\n${byWatch
          .get(w)!
          .map(
            (a) =>
              `<tr><td>${escape(a.date)}</td><td>${escape(a.kind)}</td><td>${escape(a.publication_number)}</td><td>${escape(a.summary)}</td></tr>`,
          )
          .join('\n')}\n</table>`,
    )
    .join('\n')
  return {
    subject,
    text: `${text}\n`,
    html: `<!doctype html>\n<html><body>\n${html}\n</body></html>\n`,
  }
}
