import { Command, CommanderError } from 'commander'
import { registerDeadlines } from './commands/deadlines.command.js'
import { registerEligibility } from './commands/eligibility.command.js'
import { registerIngest } from './commands/ingest.command.js'
import { registerShow } from './commands/show.command.js'
import { registerStats } from './commands/stats.command.js'
import { EXIT, exitCodeFor } from './exit-codes.js'

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
  registerIngest(program, (c) => {
    code = c
  })
  registerShow(program)
  registerStats(program)
  registerDeadlines(program)
  registerEligibility(program, (c) => {
    code = c
  })
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
