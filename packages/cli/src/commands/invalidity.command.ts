import { Option, type Command } from 'commander'
import { createError, parsePublicationNumber } from '@chuhai/core/ingest'
import {
  analyseClaims,
  analyseClaimSet,
  invalidityJson,
  parseAsOf,
  priorityDateOf,
  runInvalidity,
  type AssertedPatent,
} from '@chuhai/core/fto'
import { ensureSearchIndex, openExistingStore } from '../existing-store.js'
import { renderInvalidityText } from '../output/invalidity-text.js'
import { invalidityReportModel } from '../report/chart-report-model.js'
import { checkFtoReportPath, writeChartReport, type FtoReportLang } from '../report/fto-report.js'
import { glosserFor, readText, wholeNumber } from './fto.command.js'

interface InvalidityFlags {
  readonly claims?: string
  readonly priorityDate?: string
  readonly claim?: string
  readonly db?: string
  readonly json?: boolean
  readonly out?: string
  readonly lang: FtoReportLang
  readonly candidates: string
  readonly limit: string
}

/** `chuhai invalidity NUMBER | --claims FILE --priority-date D`: prior art charted against the claims. */
export function registerInvalidity(program: Command): void {
  program
    .command('invalidity')
    .description(
      'invalidity search: prior art before the priority date, charted against the claims, two-document combinations',
    )
    .argument('[number]', 'publication number of the asserted patent in the database')
    .option('--claims <file>', 'the asserted claims as text (instead of a number)')
    .option('--priority-date <date>', 'with --claims: the priority date, YYYY-MM-DD')
    .option(
      '--claim <numbers>',
      'claims to attack, comma-separated (default: every independent claim)',
    )
    .option('--db <file>', 'database (default: $CHUHAI_DB or ./chuhai.db)')
    .option('--json', 'print the result as JSON')
    .option('--out <file>', 'write a report: .html, .pdf, .docx, .xlsx or .json')
    .addOption(new Option('--lang <lang>', 'report language').choices(['en', 'zh']).default('en'))
    .option('--candidates <n>', 'candidates taken from the search', '40')
    .option('--limit <n>', 'prior-art documents reported', '15')
    .action(async (number: string | undefined, flags: InvalidityFlags) => {
      checkFtoReportPath(flags.out)
      if ((number === undefined) === (flags.claims === undefined)) {
        throw createError(
          'USAGE',
          'give a publication number or --claims FILE with --priority-date, not both',
        )
      }
      const candidates = wholeNumber('--candidates', flags.candidates, 1, 500)
      const limit = wholeNumber('--limit', flags.limit, 1, 200)
      const { path, store } = await openExistingStore(flags.db)
      try {
        await ensureSearchIndex(path, store)
        const sources = store.ftoSources(`Chuhai store ${path}`)
        let asserted: AssertedPatent
        if (number !== undefined) {
          const pn = parsePublicationNumber(number)
          if (!pn) {
            throw createError('NUMBER_INVALID', number)
          }
          const record = (await store.findByNumber(pn))[0]
          if (!record) {
            throw createError('NOT_FOUND', `publication ${number} in the database`)
          }
          const set = record.claims.find((s) => s.lang.startsWith('en')) ?? record.claims[0]
          if (!set || set.claims.length === 0) {
            throw createError('FTO_NO_CLAIMS', record.id)
          }
          const family = await sources.records.familyMembers(record)
          const title =
            record.titles.find((t) => t.lang.startsWith('en'))?.text ?? record.titles[0]?.text
          asserted = {
            id: record.id,
            ...(title ? { title } : {}),
            priorityDate: priorityDateOf(record) ?? '9999-12-31',
            analysis: analyseClaimSet(set),
            family: family.map((f) => f.id),
          }
        } else {
          if (flags.priorityDate === undefined) {
            throw createError('USAGE', '--claims needs --priority-date YYYY-MM-DD')
          }
          const analysis = analyseClaims(readText(flags.claims!))
          if (analysis.claims.length === 0) {
            throw createError('CLAIMS_NO_TEXT', flags.claims!)
          }
          asserted = { priorityDate: parseAsOf(flags.priorityDate), analysis }
        }
        const claims = flags.claim
          ?.split(',')
          .map((c) => wholeNumber('--claim', c.trim(), 1, 10_000))
        const unknown = claims?.filter((n) => !asserted.analysis.claims.some((c) => c.number === n))
        if (unknown && unknown.length > 0) {
          throw createError(
            'USAGE',
            `--claim ${unknown.join(',')}: no such claim (claims 1–${asserted.analysis.claims.length})`,
          )
        }
        const cjk = (await sources.records.describe()).countries?.some((c) =>
          ['CN', 'JP', 'TW', 'KR'].includes(c.key),
        )
        const glosser = cjk ? await glosserFor('中文') : undefined
        const report = await runInvalidity(
          { asserted, candidates, limit, ...(claims ? { claims } : {}) },
          { ...sources, ...(glosser ? { glosser } : {}) },
        )
        if (flags.out) {
          const model = invalidityReportModel(
            report,
            flags.lang,
            new Date().toISOString().slice(0, 10),
          )
          await writeChartReport(model, flags.out, invalidityJson(report))
          ;(flags.json ? process.stderr : process.stdout).write(`wrote ${flags.out}\n`)
        }
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(invalidityJson(report), null, 2)}\n`)
        } else if (!flags.out) {
          process.stdout.write(renderInvalidityText(report, flags.lang))
        }
      } finally {
        await store.close()
      }
    })
}
