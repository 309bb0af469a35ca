import { readFileSync } from 'node:fs'
import { Option, type Command } from 'commander'
import {
  checkEligibility,
  createError,
  ELIGIBILITY_JURISDICTIONS,
  isEligibilityJurisdiction,
  refineReport,
  runEligibilityBatch,
  type EligibilityJurisdiction,
  type EligibilityLang,
  type EligibilityReport,
} from '@chuhai/core'
import { EXIT } from '../exit-codes.js'
import { createOpenAiRefiner, refinerConfigFromEnv } from '../llm/openai-refiner.js'
import { renderEligibilityReport } from '../output/eligibility-text.js'
import { noveltyHintsSection, parseHintFlags } from './eligibility-hints.js'

interface EligibilityFlags {
  claims?: string
  batch?: string
  jurisdictions?: string
  description?: string
  json?: boolean
  lang: EligibilityLang
  refine?: boolean
  db?: string
  hints: string
  before?: string
}

/**
 * `chuhai check eligibility`: the AI patentability (subject-matter eligibility) pre-check per
 * office, for a claims file (`--claims`) or a JSONL batch (`--batch`).
 */
export function registerEligibility(program: Command, setExit: (code: number) => void): void {
  const check =
    program.commands.find((c) => c.name() === 'check') ??
    program.command('check').description('pre-checks of claims before filing abroad')
  check
    .command('eligibility')
    .description('AI patentability pre-check: subject-matter eligibility per office, with sources')
    .option('--claims <file>', 'plain-text file with one or more claims')
    .option('--batch <file>', 'JSONL file: {"id", "jurisdiction", "claim_text"} per line')
    .option(
      '--jurisdictions <list>',
      `comma-separated offices (default: all); valid: ${ELIGIBILITY_JURISDICTIONS.join(',')}`,
    )
    .option('--description <file>', 'the description, to check the training-data disclosure')
    .option('--json', 'print the report as JSON')
    .addOption(
      new Option('--lang <lang>', 'language of the explanations')
        .choices(['en', 'zh'])
        .default('en'),
    )
    .option(
      '--refine',
      'reword the explanations with the LLM set by CHUHAI_LLM_URL / _MODEL / _KEY',
    )
    .option('--db <file>', 'database for novelty hints (default: $CHUHAI_DB or ./chuhai.db)')
    .option('--hints <n>', 'nearest prior-art documents to show; 0 for none', '5')
    .option('--before <date>', 'novelty hints: only documents published before YYYY-MM-DD')
    .action(async (flags: EligibilityFlags) => {
      if (Boolean(flags.claims) === Boolean(flags.batch)) {
        throw createError('USAGE', 'give exactly one of --claims FILE or --batch FILE.jsonl')
      }
      if (flags.batch) {
        setExit(runBatchFile(flags.batch, flags.lang))
        return
      }
      parseHintFlags(flags)
      const claims = readText(flags.claims!)
      if (!claims.trim()) {
        throw createError('ELIGIBILITY_NO_CLAIMS', `${flags.claims} is empty`)
      }
      const report = checkEligibility({
        claims,
        jurisdictions: parseJurisdictions(flags.jurisdictions),
        lang: flags.lang,
        description: flags.description ? readText(flags.description) : undefined,
      })
      const shown = flags.refine ? await refine(report) : report
      const hints = await noveltyHintsSection(claims, flags, flags.lang)
      const json = hints ? { ...shown, novelty_hints: hints } : shown
      process.stdout.write(
        flags.json ? `${JSON.stringify(json, null, 2)}\n` : renderEligibilityReport(shown, hints),
      )
    })
}

/** Parses `--jurisdictions US,EP,…` (case-insensitive); unknown codes list the valid ones. */
export function parseJurisdictions(
  list: string | undefined,
): EligibilityJurisdiction[] | undefined {
  if (list === undefined) {
    return undefined
  }
  const codes = list
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean)
  for (const code of codes) {
    if (!isEligibilityJurisdiction(code)) {
      throw createError(
        'ELIGIBILITY_UNKNOWN_JURISDICTION',
        code,
        ELIGIBILITY_JURISDICTIONS.join(', '),
      )
    }
  }
  if (codes.length === 0) {
    throw createError(
      'ELIGIBILITY_UNKNOWN_JURISDICTION',
      list,
      ELIGIBILITY_JURISDICTIONS.join(', '),
    )
  }
  return [...new Set(codes)] as EligibilityJurisdiction[]
}

function runBatchFile(file: string, lang: EligibilityLang): number {
  const outcomes = runEligibilityBatch(readText(file), lang)
  let failed = 0
  for (const o of outcomes) {
    if ('error' in o) {
      failed++
      process.stderr.write(`chuhai: ${o.error.message}\n`)
    } else {
      process.stdout.write(`${JSON.stringify(o.result)}\n`)
    }
  }
  if (outcomes.length === 0) {
    throw createError('ELIGIBILITY_NO_CLAIMS', `${file} holds no JSONL lines`)
  }
  return failed > 0 ? EXIT.failure : EXIT.ok
}

async function refine(report: EligibilityReport): Promise<EligibilityReport> {
  const config = refinerConfigFromEnv(process.env)
  if (!config) {
    throw createError('USAGE', '--refine needs CHUHAI_LLM_URL and CHUHAI_LLM_MODEL')
  }
  const outcome = await refineReport(report, createOpenAiRefiner(config))
  for (const problem of outcome.problems) {
    process.stderr.write(`chuhai: LLM refinement dropped for ${problem}\n`)
  }
  return outcome.report
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    throw createError(
      'FILE_UNREADABLE',
      `${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    )
  }
}
