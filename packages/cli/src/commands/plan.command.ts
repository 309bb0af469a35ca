import { readFileSync } from 'node:fs'
import { Option, type Command } from 'commander'
import { createError, FACTORS, parseInvention, planFiling, type Factor } from '@chuhai/core'
import { openCompetitorPresence } from '../competitor-presence.js'
import { databasePath } from '../db.js'
import { presentPlan } from '@chuhai/core'
import { renderPlanText } from '../output/plan-text.js'
import type { ReportLang } from '@chuhai/reports/plan-labels'
import { checkReportPath, writePlanReport } from '@chuhai/reports/write-report'
import { clockForToday } from '../today-clock.js'

interface PlanFlags {
  invention: string
  markets?: string
  weights?: string
  currency?: string
  json?: boolean
  out?: string
  lang: ReportLang
  db?: string
  today?: string
}

/** `market=0.5,cost=0.1` → weights; throws `PLAN_INVALID_INPUT` naming the bad part. */
export function parseWeights(raw: string | undefined): Partial<Record<Factor, number>> | undefined {
  if (raw === undefined) {
    return undefined
  }
  const weights: Partial<Record<Factor, number>> = {}
  for (const part of raw.split(',').filter((p) => p.trim() !== '')) {
    const [key, value] = part.split('=').map((s) => s.trim())
    const n = Number(value)
    if (
      !key ||
      !(FACTORS as readonly string[]).includes(key) ||
      value === undefined ||
      !Number.isFinite(n) ||
      n < 0
    ) {
      throw createError(
        'PLAN_INVALID_INPUT',
        '--weights',
        `${JSON.stringify(part)}: expected FACTOR=NUMBER (≥ 0) with FACTOR one of ${FACTORS.join(', ')}`,
      )
    }
    weights[key as Factor] = n
  }
  return weights
}

function readInvention(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw createError('PLAN_INVALID_INVENTION', '--invention', `cannot read ${path}: ${detail}`)
  }
}

/** `chuhai plan`: scores countries and compares filing routes for one invention. */
export function registerPlan(program: Command): void {
  program
    .command('plan')
    .description(
      'Filing plan for an invention: country scores, Paris vs PCT vs EP/UP routes, timeline and cost over life',
    )
    .requiredOption(
      '--invention <file>',
      'invention file (JSON: title, priorityDate, markets, competitors, words …)',
    )
    .option(
      '--markets <codes>',
      "target markets, comma-separated (e.g. US,EP,JP,KR,IN,BR); replaces the file's",
    )
    .option(
      '--weights <list>',
      `factor weights, e.g. market=0.5,cost=0.1 (factors: ${FACTORS.join(', ')})`,
    )
    .option('--currency <code>', "currency of the results (default: the file's, else CNY)")
    .option('--json', 'print the plan as JSON')
    .option('--out <file>', 'write a report: .html, .pdf, .xlsx or .json')
    .addOption(new Option('--lang <lang>', 'report language').choices(['en', 'zh']).default('en'))
    .option(
      '--db <file>',
      'database for competitor filings (default: CHUHAI_DB or chuhai.db, when present)',
    )
    .option('--today <date>', 'plan as of this date (default: today)')
    .action(async (flags: PlanFlags) => {
      checkReportPath(flags.out)
      const invention = parseInvention(readInvention(flags.invention))
      const markets = flags.markets
        ?.split(',')
        .map((m) => m.trim())
        .filter((m) => m !== '')
      const clock = clockForToday(flags.today)
      const presence = openCompetitorPresence(databasePath(flags.db))
      try {
        const plan = await planFiling(
          invention,
          {
            markets: markets && markets.length > 0 ? markets : undefined,
            marketsLabel: flags.markets ? '--markets' : 'markets',
            weights: parseWeights(flags.weights),
            currency: flags.currency,
            presence,
          },
          clock ? { clock } : {},
        )
        if (flags.out) {
          await writePlanReport(plan, flags.out, flags.lang)
          ;(flags.json ? process.stderr : process.stdout).write(`wrote ${flags.out}\n`)
        }
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(presentPlan(plan), null, 2)}\n`)
        } else if (!flags.out) {
          process.stdout.write(renderPlanText(plan, flags.lang))
        }
      } finally {
        await presence?.close()
      }
    })
}
