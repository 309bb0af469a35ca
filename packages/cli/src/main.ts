import { Command, CommanderError } from 'commander'
import { EXIT, exitCodeFor } from './exit-codes.js'

/** Registers one command; `setExit` lets an action choose the exit code without throwing. */
type Registrar = (program: Command, setExit: (code: number) => void) => void

/**
 * The commands, loaded lazily: `chuhai ingest` should not pay for loading the rules knowledge
 * base and holiday calendars, nor `chuhai deadlines` for the parsers. Add new commands here.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Registrar>>> = {
  ingest: async () => (await import('./commands/ingest.command.js')).registerIngest,
  show: async () => (await import('./commands/show.command.js')).registerShow,
  stats: async () => (await import('./commands/stats.command.js')).registerStats,
  deadlines: async () => (await import('./commands/deadlines.command.js')).registerDeadlines,
  check: async () => (await import('./commands/eligibility.command.js')).registerEligibility,
  plan: async () => (await import('./commands/plan.command.js')).registerPlan,
  docket: async () => (await import('./commands/docket.command.js')).registerDocket,
  net: async () => (await import('./commands/net.command.js')).registerNet,
  fetch: async () => (await import('./commands/fetch.command.js')).registerFetch,
  claims: async () => (await import('./commands/claims.command.js')).registerClaims,
  fto: async () => (await import('./commands/fto.command.js')).registerFto,
  invalidity: async () => (await import('./commands/invalidity.command.js')).registerInvalidity,
  watch: async () => (await import('./commands/watch.command.js')).registerWatch,
  landscape: async () => (await import('./commands/landscape.command.js')).registerLandscape,
  policy: async () => (await import('./commands/policy.command.js')).registerPolicy,
  applicants: async () => (await import('./commands/applicants.command.js')).registerApplicants,
  family: async () => (await import('./commands/family.command.js')).registerFamily,
  citations: async () => (await import('./commands/family.command.js')).registerCitations,
  embed: async () => (await import('./commands/embed.command.js')).registerEmbed,
  search: async () => (await import('./commands/search.command.js')).registerSearch,
  translate: async () => (await import('./commands/translate.command.js')).registerTranslate,
}

/**
 * Runs `chuhai` with `argv` (as `process.argv`) and resolves with the exit code.
 * Errors are printed as one line on stderr; codes come from `exit-codes.ts`.
 */
export async function main(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.ok
  const program = new Command()
    .name('chuhai')
    .description('Chuhai (出海): patent data, search and strategy for going abroad')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError()
  const setExit = (c: number): void => {
    code = c
  }
  const name = argv[2]
  const wanted = name !== undefined && name in COMMANDS ? [name] : Object.keys(COMMANDS)
  for (const key of wanted) {
    const register = await COMMANDS[key]!()
    register(program, setExit)
  }
  try {
    await program.parseAsync([...argv])
    return code
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage
    }
    process.stderr.write(`chuhai: ${error instanceof Error ? error.message : String(error)}\n`)
    return exitCodeFor(error)
  }
}
