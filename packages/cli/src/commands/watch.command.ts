import type { Command } from 'commander'
import {
  alertsAction,
  atomAction,
  deliverAction,
  readAction,
  removeAction,
  statusAction,
} from './watch-feed.actions.js'
import { addAction, listAction, runAction } from './watch.actions.js'

const db = (c: Command): Command =>
  c.option('--db <file>', 'database file (default: CHUHAI_DB or chuhai.db)')

/** `chuhai watch …`: watchlists, monitoring runs, the alert feed and its delivery. */
export function registerWatch(program: Command): void {
  const watch = program
    .command('watch')
    .description('Competitor monitoring: watchlists, runs, alerts, feeds and delivery')
  db(watch.command('add').description('add a watchlist (criteria are combined with AND)'))
    .requiredOption('--name <name>', 'unique name of the watch')
    .option('--applicant <name>', 'applicant in any spelling (normalised; subsidiaries included)')
    .option('--no-subsidiaries', 'with --applicant: leave the subsidiaries out')
    .option('--cpc <codes>', 'CPC/IPC prefixes, comma-separated (G06N,G06V 10)')
    .option(
      '--query <text>',
      'full-text query (search syntax, Boolean): words, "phrases", AND/OR/NOT, NEAR/n, prefix*, ti:/ab:/cl:/de:',
    )
    .option('--publications <ids>', 'specific publications (US-10000000-B2,…) and their families')
    .option('--families <ids>', 'family ids (DOCDB or INPADOC)')
    .option('--cites <ids>', 'our patents: alert when a new document cites one of them')
    .option('--countries <codes>', 'countries we care about (US,EP,CN,…); default every country')
    .option('--cron <expr>', 'schedule, cron syntax (default "0 7 * * *": daily 07:00)')
    .option('--timezone <tz>', 'IANA time zone of --cron (default UTC)')
    .option(
      '--expiry-days <n>',
      'alert this many days before a watched patent expires (default 180)',
    )
    .option('--email <addresses>', 'send e-mail digests to these addresses')
    .option('--webhook <url>', 'POST signed alerts to this URL (needs --webhook-secret)')
    .option('--webhook-secret <secret>', 'HMAC-SHA256 key of --webhook (16+ characters)')
    .option('--json', 'print the watch as JSON')
    .action(addAction)
  db(watch.command('list').description('the watchlists, their criteria and next runs'))
    .option('--json', 'print JSON')
    .action(listAction)
  db(watch.command('run').description('run the watches, raise alerts, deliver them'))
    .option('--name <names>', 'only these watches (comma-separated)')
    .option('--due', 'only watches whose cron schedule fired since their last run')
    .option('--no-deliver', 'do not send e-mail and webhooks now')
    .option('--aliases <file>', 'applicant aliases merged over the shipped ones (CHUHAI_ALIASES)')
    .option('--now <instant>', 'run as of this date or ISO instant (default: now)')
    .option(
      '--json',
      'print {"alerts": [{"watch","kind","publication_number","date","summary"}], …}',
    )
    .action(runAction)
  db(watch.command('alerts').description('the in-app alert feed'))
    .option('--name <name>', 'only this watch')
    .option('--unread', 'only alerts not marked read')
    .option('--limit <n>', 'at most this many (default 1000)')
    .option('--json', 'print JSON')
    .action(alertsAction)
  db(watch.command('read').description('mark alerts read in the feed'))
    .argument('[ids...]', 'alert ids (default: every unread alert)')
    .action(readAction)
  db(watch.command('atom').description('write the Atom 1.0 feed of a watch'))
    .requiredOption('--name <name>', 'the watch')
    .option('--out <file>', 'write to this file (default: stdout)')
    .option('--self <url>', 'the URL the feed will be served at')
    .action(atomAction)
  db(watch.command('deliver').description('send pending e-mail digests and webhooks now'))
    .option('--json', 'print JSON')
    .action(deliverAction)
  db(watch.command('status').description('record a legal-status event of a publication'))
    .requiredOption('--publication <id>', 'canonical id, e.g. US-10000000-B2')
    .requiredOption('--status <status>', 'lapsed, revoked, withdrawn, expired, reinstated, granted')
    .requiredOption('--date <date>', 'date of the event')
    .option('--source <text>', 'where the event comes from (default: manual)')
    .action(statusAction)
  db(watch.command('remove').description('delete a watch with its snapshot and alerts'))
    .requiredOption('--name <name>', 'the watch')
    .action(removeAction)
}
