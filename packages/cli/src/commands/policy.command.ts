import type { Command } from 'commander'
import { POLICY_JURISDICTIONS, POLICY_TOPICS } from '@chuhai/core/monitor'
import {
  alertsAction,
  changesAction,
  fetchAction,
  listAction,
  sourcesAction,
  subscribeAction,
} from './policy.actions.js'

const db = (c: Command): Command =>
  c.option('--db <file>', 'database file (default: CHUHAI_DB or chuhai.db)')
const src = (c: Command): Command =>
  c.option('--sources <file>', 'sources file (default: CHUHAI_POLICY_SOURCES or the shipped list)')

/** `chuhai policy …`: the IP policy tracker. */
export function registerPolicy(program: Command): void {
  const policy = program
    .command('policy')
    .description(
      'IP policy tracker: office and court news, fee schedules, Federal Register notices',
    )
  src(policy.command('sources').description('the configured sources'))
    .option('--json', 'print JSON')
    .action(sourcesAction)
  src(
    db(
      policy.command('fetch').description('fetch the sources, classify, de-duplicate, diff, alert'),
    ),
  )
    .option('--source <ids>', 'only these sources (comma-separated)')
    .option('--due', 'only sources whose cron schedule fired since their last fetch')
    .option('--max-pages <n>', 'Federal Register: result pages to follow (default 1)')
    .option('--json', 'print JSON')
    .action(fetchAction)
  db(policy.command('list').description('tracked items, newest first'))
    .option('--jurisdiction <code>', `one of ${POLICY_JURISDICTIONS.join(', ')}`)
    .option('--topic <topic>', `one of ${POLICY_TOPICS.join(', ')}`)
    .option('--limit <n>', 'at most this many (default 200)')
    .option('--json', 'print JSON (with the classification reasons)')
    .action(listAction)
  db(policy.command('changes').description('changes of tracked documents with their diffs'))
    .option('--json', 'print JSON')
    .action(changesAction)
  db(policy.command('subscribe').description('subscribe to jurisdictions and topics'))
    .requiredOption('--name <name>', 'subscriber name')
    .option('--jurisdictions <codes>', 'e.g. US,EP,UPC (default: all)')
    .option(
      '--topics <topics>',
      `e.g. ai_software,fees (default: all): ${POLICY_TOPICS.join(', ')}`,
    )
    .option('--email <addresses>', 'send e-mail digests to these addresses')
    .option('--webhook <url>', 'POST signed alerts to this URL (needs --webhook-secret)')
    .option('--webhook-secret <secret>', 'HMAC-SHA256 key of --webhook (16+ characters)')
    .action(subscribeAction)
  db(policy.command('alerts').description("subscribers' policy alerts"))
    .option('--name <name>', 'only this subscriber')
    .option('--unreported', 'only alerts not printed before (marks them printed)')
    .option('--json', 'print JSON')
    .action(alertsAction)
}
