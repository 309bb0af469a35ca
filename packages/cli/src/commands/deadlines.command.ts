import { Option, type Command } from 'commander'
import {
  ChuhaiError,
  DEFAULT_OFFICES,
  OFFICE_CODES,
  computeDeadlines,
  createError,
  dateProblem,
  loadKnowledgeBase,
  type Clock,
  type DeadlineInput,
} from '@chuhai/core'
import { presentDeadlineReport } from '../output/deadlines-json.js'
import { renderDeadlineTable, type TableLang } from '../output/deadlines-table.js'

interface DeadlineFlags {
  priorityDate: string
  pctFilingDate?: string
  isrDate?: string
  offices?: string
  receivingOffice?: string
  route: 'all' | 'paris' | 'pct'
  restoration?: boolean
  today?: string
  json?: boolean
  lang: TableLang
}

const LABELS = {
  priorityDate: '--priority-date',
  pctFilingDate: '--pct-filing-date',
  isrDate: '--isr-date',
  offices: '--offices',
  receivingOffice: '--receiving-office',
  restorationRequested: '--restoration',
} as const

function clockFor(today: string | undefined): Clock | undefined {
  if (today === undefined) {
    return undefined
  }
  const problem = dateProblem(today)
  if (problem) {
    throw createError('RULE_INVALID_DATE', '--today', today, problem)
  }
  const ms = Date.parse(`${today}T12:00:00Z`)
  return { now: () => ms }
}

/** Adds the flags that fix an error to the core's message. */
function withHints<T>(compute: () => T): T {
  try {
    return compute()
  } catch (error) {
    if (error instanceof ChuhaiError && error.code === 'RULE_NO_PCT_ROUTE') {
      const hint =
        'use --offices EP for the Euro-PCT route, or --route paris for a direct national filing'
      throw new ChuhaiError(error.code, `${error.message}; ${hint}`)
    }
    throw error
  }
}

/** `chuhai deadlines`: Paris and PCT deadlines for a priority date, per office. */
export function registerDeadlines(program: Command): void {
  program
    .command('deadlines')
    .description(
      'Paris and PCT deadlines for a priority date, per office, with legal basis, source and status',
    )
    .requiredOption('--priority-date <date>', 'earliest priority date, YYYY-MM-DD')
    .option('--pct-filing-date <date>', 'international filing date, YYYY-MM-DD')
    .option(
      '--isr-date <date>',
      'transmittal of the ISR and written opinion, YYYY-MM-DD (pct_demand)',
    )
    .option(
      '--offices <codes>',
      `comma-separated offices (default: ${DEFAULT_OFFICES.join(',')}); valid: ${OFFICE_CODES.join(',')}`,
    )
    .option(
      '--receiving-office <code>',
      'PCT receiving Office (default: WO, the International Bureau)',
    )
    .addOption(
      new Option('--route <route>', 'which filing route')
        .choices(['all', 'paris', 'pct'])
        .default('all'),
    )
    .option('--restoration', 'restoration of priority was requested at the receiving Office')
    .option('--today <date>', 'count days left from this date (default: today)')
    .option('--json', 'print JSON')
    .addOption(new Option('--lang <lang>', 'table language').choices(['en', 'zh']).default('en'))
    .action((flags: DeadlineFlags) => {
      const offices = flags.offices
        ?.split(',')
        .map((o) => o.trim())
        .filter((o) => o !== '')
      const input: DeadlineInput = {
        priorityDate: flags.priorityDate,
        pctFilingDate: flags.pctFilingDate,
        isrDate: flags.isrDate,
        offices: offices && offices.length > 0 ? offices : undefined,
        receivingOffice: flags.receivingOffice,
        route: flags.route,
        restorationRequested: flags.restoration ?? false,
        labels: LABELS,
      }
      const clock = clockFor(flags.today)
      const kb = loadKnowledgeBase()
      const report = withHints(() => computeDeadlines(input, clock ? { kb, clock } : { kb }))
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(presentDeadlineReport(report), null, 2)}\n`)
        return
      }
      process.stdout.write(renderDeadlineTable(report, flags.priorityDate, kb, flags.lang))
    })
}
