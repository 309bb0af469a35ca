import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import { createError } from '@chuhai/core/ingest'
import { analyseClaims, claimsBatchLine, claimsJson, type ClaimLanguage } from '@chuhai/core/claims'
import { renderClaimAnalysis } from '../output/claims-text.js'

const LANGS = ['en', 'zh', 'ja'] as const

interface ParseFlags {
  readonly text?: string
  readonly batch?: string
  readonly lang?: string
  readonly json?: boolean
}

/**
 * `chuhai claims parse --text FILE | --batch FILE.jsonl`: numbering, dependencies, category,
 * preamble / transition / body and limitations of plain-text claims.
 */
export function registerClaims(program: Command, setExit: (code: number) => void): void {
  const claims = program.command('claims').description('the claims engine')
  claims
    .command('parse')
    .description(
      'analyse plain-text claims (en, zh, ja): numbering, dependencies, category, parts, elements',
    )
    .option('--text <file>', 'a text file of claims (- for standard input)')
    .option('--batch <file>', 'JSONL lines {"id","text"} → lines {"id","claims":[…]}')
    .option('--lang <lang>', 'en, zh or ja (default: detected)')
    .option('--json', 'print JSON')
    .action((flags: ParseFlags) => {
      const language = parseLang(flags.lang)
      if ((flags.text === undefined) === (flags.batch === undefined)) {
        throw createError('USAGE', 'give exactly one of --text FILE or --batch FILE.jsonl')
      }
      if (flags.batch !== undefined) {
        setExit(runBatch(read(flags.batch), language))
        return
      }
      const text = read(flags.text!)
      const analysis = analyseClaims(text, language === undefined ? {} : { language })
      if (analysis.claims.length === 0) {
        throw createError('CLAIMS_NO_TEXT', flags.text === '-' ? 'standard input' : flags.text!)
      }
      process.stdout.write(
        flags.json
          ? `${JSON.stringify({ language: analysis.language, claims: claimsJson(analysis), problems: analysis.problems }, null, 2)}\n`
          : renderClaimAnalysis(analysis),
      )
    })
}

function parseLang(lang: string | undefined): ClaimLanguage | undefined {
  if (lang === undefined) {
    return undefined
  }
  if (!(LANGS as readonly string[]).includes(lang)) {
    throw createError('USAGE', `--lang ${lang}: expected one of ${LANGS.join(', ')}`)
  }
  return lang as ClaimLanguage
}

function read(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8')
  } catch (error) {
    throw createError(
      'FILE_UNREADABLE',
      `${file}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

/** One output line per input line; bad lines go to stderr with their line number. Exit 1 if any failed. */
function runBatch(content: string, language: ClaimLanguage | undefined): number {
  let failed = 0
  content.split(/\r?\n/u).forEach((line, i) => {
    if (line.trim() === '') {
      return
    }
    const outcome = claimsBatchLine(line, i + 1, language)
    if (outcome.ok) {
      process.stdout.write(
        `${JSON.stringify({ id: outcome.id, claims: outcome.claims, ...(outcome.problems.length > 0 ? { problems: outcome.problems } : {}) })}\n`,
      )
    } else {
      failed++
      process.stdout.write(
        `${JSON.stringify({ ...(outcome.id === undefined ? {} : { id: outcome.id }), error: outcome.error })}\n`,
      )
      process.stderr.write(`chuhai: ${outcome.error}\n`)
    }
  })
  return failed > 0 ? 1 : 0
}
