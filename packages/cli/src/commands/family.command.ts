import type { Command } from 'commander'
import { resolveCitations, resolveFamily } from '@chuhai/core/family'
import { createError } from '@chuhai/core/ingest'
import { createSqliteStore } from '@chuhai/store-sqlite'
import { databasePath } from '../db.js'
import { renderCitations, renderFamily } from '../output/family-text.js'
import { lookupId } from './lookup.js'

interface Flags {
  db?: string
  json?: boolean
  max?: string
}

/**
 * `chuhai family NUMBER`: the publication's family (DOCDB where the source gives it, computed from
 * priority claims otherwise) per country, with kind, dates and status; `chuhai citations NUMBER`:
 * backward and forward citations resolved to stored documents.
 */
export function registerFamily(program: Command): void {
  program
    .command('family')
    .description('list the family of a publication per country, with kind, dates and status')
    .argument('<number>', 'publication number in any common spelling')
    .option('--db <file>', 'database file (default: $CHUHAI_DB or ./chuhai.db)')
    .option('--json', 'print the family as JSON')
    .option('--max <n>', 'stop after this many members (default: 2000)')
    .action(async (number: string, flags: Flags) => {
      const store = createSqliteStore({ path: databasePath(flags.db) })
      try {
        const id = await lookupId(store, number)
        // Status comes from the stored legal events where there are any (ADR 0009); members
        // without them get a status derived from the publication, labelled so.
        const view = await resolveFamily(store.families(), id, {
          maxMembers: maxOf(flags.max),
          legalStatus: store,
        })
        if (!view) {
          throw createError('NOT_FOUND', `publication ${number} in the database`)
        }
        process.stdout.write(flags.json ? `${JSON.stringify(view, null, 2)}\n` : renderFamily(view))
      } finally {
        await store.close()
      }
    })
}

/** `chuhai citations NUMBER`. */
export function registerCitations(program: Command): void {
  program
    .command('citations')
    .description('backward and forward citations of a publication, resolved to stored documents')
    .argument('<number>', 'publication number in any common spelling')
    .option('--db <file>', 'database file (default: $CHUHAI_DB or ./chuhai.db)')
    .option('--json', 'print the citations as JSON')
    .action(async (number: string, flags: Flags) => {
      const store = createSqliteStore({ path: databasePath(flags.db) })
      try {
        const id = await lookupId(store, number)
        const view = await resolveCitations(store.families(), id)
        if (!view) {
          throw createError('NOT_FOUND', `publication ${number} in the database`)
        }
        process.stdout.write(
          flags.json ? `${JSON.stringify(view, null, 2)}\n` : renderCitations(view),
        )
      } finally {
        await store.close()
      }
    })
}

function maxOf(value: string | undefined): number | undefined {
  if (value === undefined) {
    return undefined
  }
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) {
    throw createError('USAGE', `--max must be an integer ≥ 1, got ${JSON.stringify(value)}`)
  }
  return n
}
