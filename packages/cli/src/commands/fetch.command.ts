import type { Command } from 'commander'
import type { FetchSummary } from '@chuhai/connectors'
import { ChuhaiError, createError } from '@chuhai/core/ingest'
import { registerFetchApis } from './fetch-apis.command.js'
import { runFetch, withCommon, type FetchFlags } from './fetch-run.js'

/**
 * `chuhai fetch SERVICE ...`: live connectors (ADR 0010). Each subcommand fetches, writes what
 * it got as files under the fetch folder, then ingests them like `chuhai ingest` would.
 */
export function registerFetch(program: Command, setExit: (code: number) => void): void {
  const fetch = program
    .command('fetch')
    .description('fetch from USPTO bulk data and ODP, EPO OPS, PatentsView or Lens, then ingest')
  withCommon(
    fetch
      .command('uspto')
      .description('download weekly USPTO full-text bulk files by date and ingest them')
      .option('--grants', 'patent grants (ipgYYMMDD.zip, Tuesdays)')
      .option('--applications', 'pre-grant publications (ipaYYMMDD.zip, Thursdays)')
      .requiredOption(
        '--date <YYYY-MM-DD>',
        'issue or publication date (first date of a range with --to)',
      )
      .option('--to <YYYY-MM-DD>', 'last date of a range'),
  ).action(
    async (
      flags: FetchFlags & { grants?: boolean; applications?: boolean; date: string; to?: string },
    ) => {
      const { fetchUsptoBulk } = await import('@chuhai/connectors')
      const kinds = [
        flags.grants ? 'grants' : undefined,
        flags.applications ? 'applications' : undefined,
      ].filter((k): k is 'grants' | 'applications' => k !== undefined)
      if (kinds.length === 0) {
        kinds.push('grants')
      }
      await runFetch(flags, setExit, async (context) => {
        const summaries: FetchSummary[] = []
        for (const kind of kinds) {
          try {
            summaries.push(await fetchUsptoBulk(context, { kind, from: flags.date, to: flags.to }))
          } catch (error) {
            // With both kinds asked for, a date that has only one of them is not a failure of the
            // other (grants come out on Tuesdays, applications on Thursdays).
            if (
              kinds.length === 1 ||
              !(error instanceof ChuhaiError) ||
              error.code !== 'CONNECTOR_NOT_FOUND'
            ) {
              throw error
            }
            process.stderr.write(`chuhai: ${error.message}\n`)
          }
        }
        if (summaries.length === 0) {
          throw createError(
            'CONNECTOR_NOT_FOUND',
            'USPTO bulk data',
            `no grant or application file dated ${flags.date}`,
          )
        }
        return merge(summaries)
      })
    },
  )
  registerFetchApis(fetch, setExit)
}

function merge(summaries: FetchSummary[]): FetchSummary {
  const [first, ...rest] = summaries
  for (const s of rest) {
    first!.files.push(...s.files)
    first!.errors.push(...s.errors)
    first!.responses += s.responses
    first!.fromCache += s.fromCache
  }
  return first!
}
