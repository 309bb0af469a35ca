import type { Command } from 'commander'
import {
  createError,
  parsePublicationNumber,
  readsLegalStatus,
  statusAsOf,
  type LegalStatus,
  type PatentRecord,
  type PatentStore,
} from '@chuhai/core/ingest'
import { openStore } from '../db.js'
import { renderLegalStatus } from '../output/legal-status-text.js'
import { renderRecord } from '../output/record-text.js'

/** `chuhai show NUMBER`: the whole record; any common spelling of the number is accepted. */
export function registerShow(program: Command): void {
  program
    .command('show')
    .description('show a whole record; any common spelling of the publication number')
    .argument('<number>', 'e.g. US10000000B2, "US 10,000,000 B2", US-10000000-B2, USD0651432S1')
    .option('--db <file>', 'database file (default: $CHUHAI_DB or ./chuhai.db)')
    .option('--json', 'print the record as JSON')
    .option('--full', 'print claims and description in full')
    .action(async (number: string, flags: { db?: string; json?: boolean; full?: boolean }) => {
      const pn = parsePublicationNumber(number)
      if (!pn) {
        throw createError('NUMBER_INVALID', number)
      }
      const store = openStore(flags.db)
      try {
        let found = await store.findByNumber(pn)
        if (found.length === 0 && pn.kind) {
          // Offices print one kind in several forms (US designs `S` before 2001, `S1` after; a
          // file name may say `S1` for an `S`): fall back to the same number with a kind of the
          // same letter.
          const letter = pn.kind[0]
          found = (await store.findByNumber({ country: pn.country, number: pn.number })).filter(
            (r) => r.publication.kind?.[0] === letter,
          )
        }
        const record = found[0]
        if (!record) {
          throw createError('NOT_FOUND', `publication ${number} in the database`)
        }
        if (found.length > 1) {
          process.stderr.write(
            `${found.length} publications match; showing ${record.id} (also: ${found
              .slice(1)
              .map((r) => r.id)
              .join(', ')})\n`,
          )
        }
        const legal = await legalStatusOf(store, record)
        process.stdout.write(
          flags.json
            ? `${JSON.stringify(legal ? { ...record, legalStatus: legal } : record, null, 2)}\n`
            : renderRecord(record, { full: flags.full ?? false }) +
                (legal ? renderLegalStatus(legal) : ''),
        )
      } finally {
        await store.close()
      }
    })
}

/**
 * The stored legal status of `record`, as of today (a granted patent past its 20-year term from
 * filing reads `expired`); `undefined` when the store holds no legal events for it.
 */
async function legalStatusOf(
  store: PatentStore,
  record: PatentRecord,
): Promise<LegalStatus | undefined> {
  if (!readsLegalStatus(store)) {
    return undefined
  }
  const status = (await store.legalStatus([record.id])).get(record.id)
  const today = new Date().toISOString().slice(0, 10)
  return status ? statusAsOf(status, record.application?.date, today) : undefined
}
