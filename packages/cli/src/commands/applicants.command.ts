import type { Command } from 'commander'
import { createError } from '@chuhai/core/monitor'
import { loadResolver, openMonitor, printJson } from '../monitor/monitor-context.js'

/** `chuhai applicants [NAME]`: normalised applicants and their spellings. */
export function registerApplicants(program: Command): void {
  program
    .command('applicants')
    .description('normalised applicants: one entity per company across spellings and languages')
    .argument('[name]', 'a name in any spelling; without it, the largest applicants')
    .option('--db <file>', 'database file (default: CHUHAI_DB or chuhai.db)')
    .option('--aliases <file>', 'applicant aliases merged over the shipped ones (CHUHAI_ALIASES)')
    .option('--no-subsidiaries', 'leave the subsidiaries out')
    .option('--top <n>', 'without a name: how many applicants (default 20)')
    .option('--json', 'print JSON')
    .action(applicantsAction)
}

async function applicantsAction(
  name: string | undefined,
  f: { db?: string; aliases?: string; subsidiaries: boolean; top?: string; json?: boolean },
): Promise<void> {
  const resolver = loadResolver(f.aliases)
  const store = openMonitor(f.db)
  try {
    if (name === undefined) {
      const top = store.topApplicants(resolver, f.top !== undefined ? Number(f.top) : 20)
      if (f.json) {
        printJson({ applicants: top })
      } else {
        for (const t of top) {
          process.stdout.write(
            `${String(t.documents).padStart(8)}  ${t.entity}  (${t.names} spellings)  ${t.display}\n`,
          )
        }
      }
      return
    }
    const found = store.applicant(resolver, name, f.subsidiaries)
    if (!found) {
      throw createError('NOT_FOUND', `applicant ${JSON.stringify(name)} in the database`)
    }
    if (f.json) {
      printJson(found)
      return
    }
    process.stdout.write(
      `${found.entity} (group ${found.root}): ${found.documents} publication(s)\n`,
    )
    for (const n of found.names) {
      process.stdout.write(`${String(n.documents).padStart(8)}  ${n.name}  [${n.how}]\n`)
    }
  } finally {
    await store.close()
  }
}
