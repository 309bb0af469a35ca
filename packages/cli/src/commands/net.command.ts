import { writeFileSync } from 'node:fs'
import { extname } from 'node:path'
import { Option, type Command } from 'commander'
import { createError, OFFICE_CODES, protectionNet } from '@chuhai/core'
import { readDocket } from '../docket-db.js'
import { presentNet, renderNetCsv, renderNetHtml, renderNetText } from '../output/net-render.js'
import { clockForToday } from '../today-clock.js'
import { list } from './docket-flags.js'

interface NetFlags {
  markets?: string
  currency?: string
  json?: boolean
  out?: string
  lang: 'en' | 'zh'
  db?: string
  today?: string
}

const FORMATS = ['.html', '.csv', '.json']

/** `chuhai net`: the protection net of the core families against the target markets. */
export function registerNet(program: Command): void {
  program
    .command('net')
    .description(
      'Protection net: core families × countries with status, expiry, next deadline, yearly cost and gaps',
    )
    .option(
      '--markets <codes>',
      'target markets, e.g. US,EP,JP,KR,DE (default: the offices the families have)',
    )
    .option('--currency <code>', 'currency of the yearly costs (default: CNY)')
    .option('--json', 'print JSON')
    .option('--out <file>', 'write the matrix: .html, .csv or .json')
    .addOption(new Option('--lang <lang>', 'language').choices(['en', 'zh']).default('en'))
    .option('--db <file>', 'database file (default: CHUHAI_DB or chuhai.db)')
    .option('--today <date>', 'as of this date (default: today)')
    .action(async (f: NetFlags) => {
      const ext = f.out === undefined ? undefined : extname(f.out).toLowerCase()
      if (ext !== undefined && !FORMATS.includes(ext)) {
        throw createError(
          'PLAN_INVALID_INPUT',
          '--out',
          `unknown format ${JSON.stringify(ext || f.out)}; use ${FORMATS.join(', ')}`,
        )
      }
      const markets = list(f.markets)?.map((m) => m.toUpperCase())
      for (const m of markets ?? []) {
        if (!(OFFICE_CODES as readonly string[]).includes(m) || m === 'WO' || m === 'UP') {
          const valid = OFFICE_CODES.filter((c) => c !== 'WO' && c !== 'UP')
          throw createError('RULE_UNKNOWN_OFFICE', '--markets', m, valid)
        }
      }
      const clock = clockForToday(f.today)
      const { matters, events } = await readDocket(f.db)
      const net = protectionNet(
        matters,
        events,
        { markets, currency: f.currency ?? 'CNY' },
        clock ? { clock } : {},
      )
      if (f.out) {
        const text =
          ext === '.html'
            ? renderNetHtml(net, f.lang)
            : ext === '.csv'
              ? renderNetCsv(net)
              : `${JSON.stringify(presentNet(net), null, 2)}\n`
        writeFileSync(f.out, text)
        ;(f.json ? process.stderr : process.stdout).write(`wrote ${f.out}\n`)
      }
      if (f.json) {
        process.stdout.write(`${JSON.stringify(presentNet(net), null, 2)}\n`)
      } else if (!f.out) {
        process.stdout.write(renderNetText(net, f.lang))
      }
    })
}
