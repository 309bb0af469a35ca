import { Option, type Command } from 'commander'
import { DOCKET_EVENT_TYPES } from '@chuhai/core'
import { annuitiesAction, exportAction, listAction } from './docket-read.actions.js'
import { addEventAction, addMatterAction } from './docket-write.actions.js'

const db = (c: Command): Command =>
  c.option('--db <file>', 'database file (default: CHUHAI_DB or chuhai.db)')
const today = (c: Command): Command =>
  c.option('--today <date>', 'count from this date (default: today)')

/** `chuhai docket …`: matters, events, deadlines, calendar export and the annuity forecast. */
export function registerDocket(program: Command): void {
  const docket = program
    .command('docket')
    .description(
      'Docket: our applications and patents, their deadlines, reminders, calendar and annuities',
    )
  db(docket.command('add-matter').description('add an application or patent (a matter)'))
    .requiredOption('--office <code>', 'office (US, EP, CN, JP, … or WO for a PCT application)')
    .requiredOption('--title <text>', 'title of the invention')
    .option('--id <id>', 'matter id (default: M1, M2 …)')
    .option('--family <id>', 'family the matter belongs to (default: its id)')
    .option('--number <number>', 'application number')
    .option(
      '--filing-date <date>',
      'filing date (PCT national phase: the international filing date)',
    )
    .option('--priority-date <date>', 'earliest priority date claimed')
    .option('--core', 'part of the core portfolio (shown in chuhai net)')
    .option('--targets <codes>', 'PCT matter: offices of the national phase, e.g. US,EP,JP')
    .option('--json', 'print the matter as JSON')
    .action(addMatterAction)
  db(
    docket
      .command('add-event')
      .description('record an event of a matter (deadlines follow from it)'),
  )
    .requiredOption('--matter <id>', 'matter id')
    .addOption(
      new Option('--type <type>', 'event type')
        .choices([...DOCKET_EVENT_TYPES])
        .makeOptionMandatory(),
    )
    .requiredOption(
      '--date <date>',
      'date of the event (office action: its dispatch or notification date)',
    )
    .option('--response-months <n>', 'office action: the period the office set, in months')
    .option('--due <date>', 'office action: the due date the office set')
    .option('--note <text>', 'free text')
    .option('--json', 'print the event as JSON')
    .action(addEventAction)
  today(db(docket.command('list').description('deadlines of every matter, soonest first')))
    .option('--upcoming <days>', 'only deadlines due within this many days from today')
    .option('--all', 'include deadlines that are done or passed')
    .option('--lead-days <list>', 'reminder lead times in days (default: 30,7)')
    .option('--json', 'print JSON')
    .addOption(new Option('--lang <lang>', 'table language').choices(['en', 'zh']).default('en'))
    .action(listAction)
  today(
    db(
      docket
        .command('export')
        .description('export the open deadlines as an ICS calendar (RFC 5545)'),
    ),
  )
    .requiredOption('--ics <file>', 'calendar file to write')
    .option('--lead-days <list>', 'reminders (VALARM) in days before each deadline (default: 30,7)')
    .option('--upcoming <days>', 'only deadlines due within this many days')
    .action(exportAction)
  today(db(docket.command('annuities').description('annuity forecast per year')))
    .option('--years <n>', 'calendar years ahead (default: 10)')
    .option('--currency <code>', 'currency of the forecast (default: CNY)')
    .option('--json', 'print JSON')
    .action(annuitiesAction)
}
