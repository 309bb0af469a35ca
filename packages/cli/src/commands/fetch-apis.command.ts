import type { Command } from 'commander'
import { OPS_PARTS, type OpsPart } from '@chuhai/connectors'
import { createError } from '@chuhai/core/ingest'
import { runFetch, withCommon, type FetchFlags } from './fetch-run.js'

/** `chuhai fetch ops|odp|patentsview|lens`. */
export function registerFetchApis(fetch: Command, setExit: (code: number) => void): void {
  withCommon(
    fetch
      .command('ops')
      .description('EPO OPS 3.2: bibliographic data, INPADOC family, legal status, full text')
      .argument('<numbers...>', 'publication numbers (EP1000000A1, WO2013121230, …)')
      .option('--parts <list>', `comma-separated: ${OPS_PARTS.join(',')} (default: all)`),
  ).action(async (numbers: string[], flags: FetchFlags & { parts?: string }) => {
    const parts = list(flags.parts)
    for (const p of parts ?? []) {
      if (!(OPS_PARTS as readonly string[]).includes(p)) {
        throw createError(
          'USAGE',
          `--parts: unknown part ${JSON.stringify(p)}; valid: ${OPS_PARTS.join(', ')}`,
        )
      }
    }
    const { fetchFromOps } = await import('@chuhai/connectors')
    await runFetch(flags, setExit, (context) =>
      fetchFromOps(context, { numbers, parts: parts as OpsPart[] | undefined }),
    )
  })
  withCommon(
    fetch
      .command('odp')
      .description(
        'USPTO Open Data Portal: patent file-wrapper data by application number or search',
      )
      .argument('[applications...]', 'application numbers (17248024, 17/248,024)')
      .option('--query <q>', 'ODP search query')
      .option('--limit <n>', 'search results (default: 25)'),
  ).action(
    async (applications: string[], flags: FetchFlags & { query?: string; limit?: string }) => {
      requireSome(applications, flags.query, 'application numbers or --query')
      const { fetchFromOdp } = await import('@chuhai/connectors')
      await runFetch(flags, setExit, (context) =>
        fetchFromOdp(context, {
          applications,
          query: flags.query,
          limit: int(flags.limit, '--limit'),
        }),
      )
    },
  )
  withCommon(
    fetch
      .command('patentsview')
      .description('PatentsView PatentSearch API: granted patents by number or query')
      .argument('[patents...]', 'patent numbers (11646472, US 11,646,472 B2)')
      .option(
        '--query <json>',
        'PatentSearch query object, e.g. {"_text_any":{"patent_title":"robot"}}',
      )
      .option('--fields <list>', 'comma-separated fields to return')
      .option('--size <n>', 'results per request (default: 100, at most 1000)'),
  ).action(
    async (
      patents: string[],
      flags: FetchFlags & { query?: string; fields?: string; size?: string },
    ) => {
      requireSome(patents, flags.query, 'patent numbers or --query')
      const { fetchFromPatentsView } = await import('@chuhai/connectors')
      await runFetch(flags, setExit, (context) =>
        fetchFromPatentsView(context, {
          patents,
          query: flags.query,
          fields: list(flags.fields),
          size: int(flags.size, '--size'),
        }),
      )
    },
  )
  withCommon(
    fetch
      .command('lens')
      .description('The Lens patent API: /patent/search by query or Lens id')
      .argument('[lensIds...]', 'Lens ids (031-156-664-516-153)')
      .option('--query <q>', 'query-string text or a JSON query object')
      .option('--limit <n>', 'records at most (default: 100)'),
  ).action(async (lensIds: string[], flags: FetchFlags & { query?: string; limit?: string }) => {
    requireSome(lensIds, flags.query, 'Lens ids or --query')
    const { fetchFromLens } = await import('@chuhai/connectors')
    await runFetch(flags, setExit, (context) =>
      fetchFromLens(context, { lensIds, query: flags.query, limit: int(flags.limit, '--limit') }),
    )
  })
}

function list(value: string | undefined): string[] | undefined {
  return value === undefined
    ? undefined
    : value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
}

function int(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) {
    return undefined
  }
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) {
    throw createError('USAGE', `${flag} must be an integer ≥ 1, got ${JSON.stringify(value)}`)
  }
  return n
}

function requireSome(items: readonly string[], query: string | undefined, what: string): void {
  if (items.length === 0 && query === undefined) {
    throw createError('USAGE', `give ${what}`)
  }
}
