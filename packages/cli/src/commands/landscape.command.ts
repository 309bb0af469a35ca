import type { Command } from 'commander'
import { createError, parseDimensions, type Landscape } from '@chuhai/core/monitor'
import { writeLandscape } from '../landscape/write-landscape.js'
import { listOption, loadResolver, openMonitor, printJson } from '../monitor/monitor-context.js'

interface Flags {
  db?: string
  applicant?: string
  cpc?: string
  query?: string
  countries?: string
  ours?: string
  by: string
  top?: string
  aliases?: string
  json?: boolean
  out?: string
}

/** `chuhai landscape`: filings by year, country, CPC and applicant, heat map, white space. */
export function registerLandscape(program: Command): void {
  program
    .command('landscape')
    .description(
      'patent landscape: filings over time, top applicants, CPC × country, citation leaders, white space',
    )
    .option('--db <file>', 'database file (default: CHUHAI_DB or chuhai.db)')
    .option('--applicant <name>', 'only this applicant (normalised, with subsidiaries)')
    .option('--cpc <codes>', 'only these CPC/IPC prefixes, comma-separated')
    .option('--query <text>', 'only publications matching this full-text query')
    .option('--countries <codes>', 'only these countries')
    .option(
      '--ours <name>',
      'our own applicant: adds the white space (CPC × country they file, we do not)',
    )
    .option('--by <dims>', 'breakdowns: year,country,cpc,applicant', 'year,country,cpc,applicant')
    .option('--top <n>', 'buckets per breakdown (default 20)')
    .option('--aliases <file>', 'applicant aliases merged over the shipped ones (CHUHAI_ALIASES)')
    .option('--json', 'print the landscape as JSON')
    .option(
      '--out <file>',
      'write FILE.html (report with charts), .svg, .png, .csv, .xlsx or .json',
    )
    .action(landscapeAction)
}

async function landscapeAction(f: Flags): Promise<void> {
  let by
  try {
    by = parseDimensions(f.by)
  } catch (error) {
    throw createError('USAGE', `--by: ${error instanceof Error ? error.message : String(error)}`)
  }
  const resolver = loadResolver(f.aliases)
  const store = openMonitor(f.db)
  let landscape: Landscape
  try {
    landscape = store.landscape(resolver, {
      by,
      ...(f.applicant !== undefined ? { applicant: f.applicant } : {}),
      ...(f.cpc !== undefined
        ? {
            cpc: f.cpc
              .split(',')
              .map((c) => c.trim())
              .filter((c) => c !== ''),
          }
        : {}),
      ...(f.query !== undefined ? { query: f.query } : {}),
      countries: listOption(f.countries, true),
      ...(f.ours !== undefined ? { ours: f.ours } : {}),
      ...(f.top !== undefined ? { top: Number(f.top) } : {}),
    })
  } finally {
    await store.close()
  }
  if (f.out !== undefined) {
    await writeLandscape(landscape, f.out)
  }
  if (f.json) {
    printJson(landscape)
    return
  }
  if (f.out !== undefined) {
    process.stdout.write(`wrote ${f.out}: ${landscape.total} publications\n`)
    return
  }
  process.stdout.write(`${landscape.total} publications\n`)
  for (const b of landscape.breakdowns) {
    process.stdout.write(`\nby ${b.dimension}\n`)
    for (const x of b.buckets) {
      process.stdout.write(`${String(x.count).padStart(8)}  ${x.label}\n`)
    }
  }
  if (landscape.whiteSpace) {
    process.stdout.write(`\nwhite space (they file, ${landscape.whiteSpace.ours} does not)\n`)
    for (const c of landscape.whiteSpace.cells.slice(0, 20)) {
      process.stdout.write(`${String(c.theirs).padStart(8)}  ${c.cpc} × ${c.country}\n`)
    }
  }
}
