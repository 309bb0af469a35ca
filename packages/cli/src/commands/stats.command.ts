import type { Command } from 'commander'
import { openStore } from '../db.js'

/** `chuhai stats`: counts by country, kind, year and document type. */
export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('counts of stored documents by country, kind, year and type')
    .option('--db <file>', 'database file (default: $CHUHAI_DB or ./chuhai.db)')
    .option('--json', 'print JSON')
    .action(async (flags: { db?: string; json?: boolean }) => {
      const store = openStore(flags.db)
      try {
        const s = await store.stats()
        if (flags.json) {
          const obj = (rows: readonly { key: string; count: number }[]): Record<string, number> =>
            Object.fromEntries(rows.map((r) => [r.key, r.count]))
          const json = {
            documents: s.documents,
            by_country: obj(s.byCountry),
            by_kind: obj(s.byKind),
            by_year: obj(s.byYear),
            by_type: obj(s.byType),
          }
          process.stdout.write(`${JSON.stringify(json)}\n`)
          return
        }
        const lines = [`${s.documents} documents`]
        for (const [label, rows] of [
          ['country', s.byCountry],
          ['kind', s.byKind],
          ['type', s.byType],
          ['year', s.byYear],
        ] as const) {
          lines.push(
            '',
            `by ${label}:`,
            ...rows.map((r) => `  ${r.key.padEnd(14)} ${String(r.count).padStart(9)}`),
          )
        }
        process.stdout.write(`${lines.join('\n')}\n`)
      } finally {
        await store.close()
      }
    })
}
