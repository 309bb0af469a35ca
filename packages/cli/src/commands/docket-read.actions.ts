import { writeFileSync } from 'node:fs'
import { addDays, computeDocket, forecastAnnuities, renderIcs, systemClock } from '@chuhai/core'
import { readDocket } from '../docket-db.js'
import { presentDocketDeadline, presentForecast } from '../output/docket-json.js'
import { renderDocketTable, renderForecast } from '../output/docket-text.js'
import { clockForToday } from '../today-clock.js'
import { leadDays, wholeNumber } from './docket-flags.js'

interface Common {
  db?: string
  today?: string
  json?: boolean
}

const json = (value: unknown): void =>
  void process.stdout.write(`${JSON.stringify(value, null, 2)}\n`)

async function docketReport(f: Common, annuityYears?: number) {
  const clock = clockForToday(f.today)
  const { matters, events } = await readDocket(f.db)
  const report = computeDocket(
    matters,
    events,
    annuityYears ? { annuityYears } : {},
    clock ? { clock } : {},
  )
  return { matters, report }
}

/** `docket list`. */
export async function listAction(
  f: Common & { upcoming?: string; all?: boolean; leadDays?: string; lang: 'en' | 'zh' },
): Promise<void> {
  const upcoming = wholeNumber('--upcoming', f.upcoming, 0, 36500)
  const lead = leadDays(f.leadDays)
  const { matters, report } = await docketReport(f)
  const until = upcoming === undefined ? undefined : addDays(report.today, upcoming)
  const shown = report.deadlines.filter(
    (d) => (f.all || (!d.done && d.due >= report.today)) && (until === undefined || d.due <= until),
  )
  if (f.json) {
    json({
      today: report.today,
      rules_version: report.rulesVersion,
      deadlines: shown.map((d) => presentDocketDeadline(d, lead)),
      warnings: report.warnings,
    })
    return
  }
  process.stdout.write(renderDocketTable(shown, matters, f.lang, report.warnings))
}

/** `docket export --ics FILE`. */
export async function exportAction(
  f: Common & { ics: string; leadDays?: string; upcoming?: string },
): Promise<void> {
  const upcoming = wholeNumber('--upcoming', f.upcoming, 0, 36500)
  const lead = leadDays(f.leadDays)
  const clock = clockForToday(f.today)
  const { matters, report } = await docketReport(f, 5)
  const until = upcoming === undefined ? undefined : addDays(report.today, upcoming)
  const open = report.deadlines.filter(
    (d) => !d.done && d.due >= report.today && (until === undefined || d.due <= until),
  )
  writeFileSync(
    f.ics,
    renderIcs(open, matters, { now: (clock ?? systemClock).now(), leadDays: lead }),
  )
  process.stdout.write(`wrote ${open.length} deadline(s) to ${f.ics}\n`)
}

/** `docket annuities`. */
export async function annuitiesAction(
  f: Common & { years?: string; currency?: string },
): Promise<void> {
  const years = wholeNumber('--years', f.years, 1, 30) ?? 10
  const clock = clockForToday(f.today)
  const { matters, events } = await readDocket(f.db)
  const forecast = forecastAnnuities(
    matters,
    events,
    { years, currency: f.currency ?? 'CNY' },
    clock ? { clock } : {},
  )
  if (f.json) {
    json(presentForecast(forecast))
  } else {
    process.stdout.write(renderForecast(forecast))
  }
}
