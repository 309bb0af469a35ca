import { readFileSync } from 'node:fs'
import { Option, type Command } from 'commander'
import { createError } from '@chuhai/core/ingest'
import {
  ftoJson,
  isCjkText,
  parseAsOf,
  parseCountries,
  readProduct,
  runFto,
  type TextGlosser,
} from '@chuhai/core/fto'
import { ensureSearchIndex, openExistingStore } from '../existing-store.js'
import { renderFtoText } from '../output/fto-text.js'
import type { FtoReportLang } from '@chuhai/reports/fto-labels'

interface FtoFlags {
  readonly product: string
  readonly countries: string
  readonly asOf: string
  readonly db?: string
  readonly json?: boolean
  readonly out?: string
  readonly lang: FtoReportLang
  readonly candidates: string
  readonly limit: string
}

/** `chuhai fto`: which in-force patents in the target countries may read on a product, claim by claim. */
export function registerFto(program: Command): void {
  program
    .command('fto')
    .description(
      'freedom to operate: candidate patents per country, status on a date, claim charts, risk',
    )
    .requiredOption(
      '--product <file>',
      'product or process description (text, or JSON {title, description, features})',
    )
    .requiredOption(
      '--countries <codes>',
      'target countries, comma-separated (e.g. US,EP,DE,JP,CN)',
    )
    .requiredOption('--as-of <date>', 'date the status is judged on, YYYY-MM-DD')
    .option('--db <file>', 'database (default: $CHUHAI_DB or ./chuhai.db)')
    .option('--json', 'print the result as JSON')
    .option('--out <file>', 'write a report: .html, .pdf, .docx, .xlsx or .json')
    .addOption(new Option('--lang <lang>', 'report language').choices(['en', 'zh']).default('en'))
    .option('--candidates <n>', 'candidates taken from the search', '40')
    .option('--limit <n>', 'results kept per country', '25')
    .action(async (flags: FtoFlags) => {
      // The report writers (DOCX, XLSX, PDF libraries) load only when a report is asked for.
      const reports = flags.out ? await import('@chuhai/reports/fto-report') : undefined
      reports?.checkFtoReportPath(flags.out)
      const countries = parseCountries(flags.countries)
      const asOf = parseAsOf(flags.asOf)
      const candidates = wholeNumber('--candidates', flags.candidates, 1, 500)
      const limit = wholeNumber('--limit', flags.limit, 1, 500)
      const product = readProduct(readText(flags.product), flags.product)
      const { path, store } = await openExistingStore(flags.db)
      try {
        await ensureSearchIndex(path, store)
        const sources = store.ftoSources(`Chuhai store ${path}`)
        const glosser = await glosserFor([product.description, ...product.features].join('\n'))
        const report = await runFto(
          { product, countries, asOf, candidates, limit },
          { ...sources, ...(glosser ? { glosser } : {}) },
        )
        if (flags.out && reports) {
          await reports.writeFtoReport(report, flags.out, flags.lang)
          ;(flags.json ? process.stderr : process.stdout).write(`wrote ${flags.out}\n`)
        }
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(ftoJson(report), null, 2)}\n`)
        } else if (!flags.out) {
          process.stdout.write(renderFtoText(report, flags.lang))
        }
      } finally {
        await store.close()
      }
    })
}

/** A glosser for a Chinese description (loaded only then). */
export async function glosserFor(text: string): Promise<TextGlosser | undefined> {
  if (!isCjkText(text)) {
    return undefined
  }
  if (process.env.CHUHAI_GLOSSER === 'cedict') {
    const { createCedictGlosser } = await import('@chuhai/text-zh')
    return createCedictGlosser()
  }
  const { createTextZhGlosser } = await import('@chuhai/text-zh')
  if (process.env.CHUHAI_GLOSSER === 'text-zh') {
    return createTextZhGlosser()
  }
  // Default: the clir layer's segmentation and glossary plus every CC-CEDICT word, since a chart
  // must recognise each word of the description, not only the query's best concepts.
  const { createCedictGlosser } = await import('@chuhai/text-zh')
  const { unionGlosser } = await import('@chuhai/text-zh')
  return unionGlosser([await createTextZhGlosser(), await createCedictGlosser()])
}

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    throw createError(
      'FILE_UNREADABLE',
      `${file}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

export function wholeNumber(flag: string, raw: string, min: number, max: number): number {
  const n = Number(raw)
  if (!/^\d+$/u.test(raw) || n < min || n > max) {
    throw createError('USAGE', `${flag} ${raw}: expected a whole number from ${min} to ${max}`)
  }
  return n
}
