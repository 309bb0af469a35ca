import type { Command } from 'commander'
import {
  createError,
  parseQuery,
  type FacetName,
  type QueryMode,
  type SearchHit,
  type SearchPage,
} from '@chuhai/core'
import { createSqliteStore } from '@chuhai/store-sqlite'
import { databasePath } from '../db.js'
import { EXIT } from '../exit-codes.js'
import { runBatch } from './search-batch.js'
import { crossLanguageUnderstanding, semanticSignal } from './search-understanding.js'

interface SearchFlags {
  db?: string
  limit: string
  offset?: string
  before?: string
  country?: string
  cpc?: string
  kind?: string
  status?: string
  exclude?: string
  mode: string
  allMembers?: boolean
  collapseFamilies?: boolean
  json?: boolean
  batch?: string
  refresh?: boolean
}

const list = (v: string | undefined): string[] | undefined =>
  v === undefined
    ? undefined
    : v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')

function isoDate(flag: string, v: string | undefined): string | undefined {
  if (v === undefined) {
    return undefined
  }
  const s = v.replaceAll('-', '')
  if (!/^\d{8}$/u.test(s)) {
    throw createError('USAGE', `${flag} must be YYYY-MM-DD or YYYYMMDD, got ${JSON.stringify(v)}`)
  }
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`
}

function positive(flag: string, v: string | undefined, fallback: number): number {
  const n = v === undefined ? fallback : Number(v)
  if (!Number.isInteger(n) || n < 0 || n > 10_000) {
    throw createError(
      'USAGE',
      `${flag} must be a whole number from 0 to 10000, got ${JSON.stringify(v)}`,
    )
  }
  return n
}

/** `chuhai search`: the query language or prose, ranked; `--batch` for JSONL prior-art runs. */
export function registerSearch(program: Command, setExit: (code: number) => void): void {
  program
    .command('search')
    .description(
      'search the stored patents: Boolean/fielded query language or natural-language prose',
    )
    .argument('[query...]', 'the query (quote it in the shell)')
    .option('--db <file>', 'database file (default: $CHUHAI_DB or ./chuhai.db)')
    .option('--limit <n>', 'hits to show (batch: results per query)', '20')
    .option('--offset <n>', 'hits to skip (paging)')
    .option('--before <date>', 'only documents with an earlier priority date (YYYY-MM-DD)')
    .option('--country <list>', 'only these publication countries, e.g. US,EP')
    .option(
      '--cpc <list>',
      'only documents classified under these CPC/IPC prefixes, e.g. G06N,A61B8',
    )
    .option('--kind <list>', 'only these kind codes, e.g. B1,B2')
    .option('--status <list>', 'application and/or grant')
    .option('--exclude <list>', 'publication numbers never to return')
    .option('--mode <mode>', 'auto, boolean or text (prose)', 'auto')
    .option('--all-members', 'show every family member instead of one hit per family')
    .option('--collapse-families', 'batch: one result per family (default: every publication)')
    .option(
      '--batch <file>',
      'JSONL lines {"id","text","before"?,"exclude"?} → {"id","results"} lines',
    )
    .option(
      '--refresh',
      'rebuild the search index if the store changed, then exit when no query is given',
    )
    .option('--json', 'print JSON')
    .action(async (words: string[], flags: SearchFlags) => {
      const path = databasePath(flags.db)
      const limit = positive('--limit', flags.limit, 20)
      if (flags.batch !== undefined) {
        // Build the index once here; the workers open the store read-only.
        const store = createSqliteStore({ path })
        try {
          await store.search().refresh()
        } finally {
          await store.close()
        }
        const bad = await runBatch(
          flags.batch,
          { db: path, limit, collapse: flags.collapseFamilies ?? false },
          (line) => process.stdout.write(`${line}\n`),
          (line) => process.stderr.write(`${line}\n`),
        )
        setExit(bad > 0 ? EXIT.failure : EXIT.ok)
        return
      }
      const text = words.join(' ').trim()
      const store = createSqliteStore({ path })
      try {
        const backend = store.search()
        if (flags.refresh) {
          const n = await backend.refresh()
          if (text === '') {
            process.stderr.write(`search index covers ${n} documents\n`)
            return
          }
        }
        if (text === '') {
          throw createError('USAGE', 'give a query, --batch FILE or --refresh')
        }
        if (!['auto', 'boolean', 'text'].includes(flags.mode)) {
          throw createError(
            'USAGE',
            `--mode must be auto, boolean or text, got ${JSON.stringify(flags.mode)}`,
          )
        }
        // Chinese prose is translated into weighted English concepts (ADR 0013) by the backend's
        // query understanding; fields, operators and filters stay as written.
        const query = parseQuery(text, { mode: flags.mode as QueryMode })
        const dense = await semanticSignal(store, text, process.env)
        const facets: FacetName[] = flags.json ? [] : ['country', 'year', 'cpc', 'applicant']
        const before = isoDate('--before', flags.before)
        const page = await backend.search(query, {
          limit,
          offset: positive('--offset', flags.offset, 0),
          collapseFamilies: !flags.allMembers,
          facets,
          understand: crossLanguageUnderstanding,
          ...(dense ? { dense } : {}),
          filters: {
            ...(before !== undefined ? { before } : {}),
            ...(flags.country ? { countries: list(flags.country)! } : {}),
            ...(flags.cpc ? { classifications: list(flags.cpc)! } : {}),
            ...(flags.kind ? { kinds: list(flags.kind)! } : {}),
            ...(flags.status ? { status: list(flags.status) as ('application' | 'grant')[] } : {}),
            ...(flags.exclude ? { excludePublications: list(flags.exclude)! } : {}),
          },
        })
        process.stdout.write(
          flags.json ? `${JSON.stringify(toJson(page))}\n` : renderText(page, process.stdout.isTTY),
        )
      } finally {
        await store.close()
      }
    })
}

function snippetText(hit: SearchHit, mark: (s: string) => string): string {
  const s = hit.snippets[0]
  if (!s) {
    return ''
  }
  let out = ''
  let at = 0
  for (const [a, b] of s.highlights) {
    out += s.text.slice(at, a) + mark(s.text.slice(a, b))
    at = b
  }
  return (out + s.text.slice(at)).replace(/\s+/gu, ' ')
}

/** The JSON of `chuhai search --json`. */
export function toJson(page: SearchPage): unknown {
  return {
    total: page.total,
    results: page.hits.map((h) => ({
      publication_number: h.id,
      score: h.score,
      title: h.title ?? null,
      family_id: h.familyId ?? null,
      snippet: snippetText(h, (s) => `<em>${s}</em>`),
    })),
  }
}

function renderText(page: SearchPage, tty: boolean): string {
  const mark = tty ? (s: string) => `\u001b[1;33m${s}\u001b[0m` : (s: string) => `[${s}]`
  const lines = [
    `${page.totalIsExact ? '' : 'about '}${page.total} results (${page.tookMs} ms)`,
    '',
  ]
  page.hits.forEach((h, i) => {
    const date = h.priorityDate ?? h.publicationDate ?? ''
    lines.push(
      `${String(i + 1).padStart(3)}. ${h.id}  ${h.score.toFixed(3)}  ${date}  ${h.title ?? ''}`,
    )
    const snippet = snippetText(h, mark)
    if (snippet) {
      lines.push(`     ${h.snippets[0]!.field}: …${snippet}…`)
    }
  })
  if (page.facets) {
    lines.push('')
    for (const [name, counts] of Object.entries(page.facets)) {
      if (counts.length > 0) {
        lines.push(
          `${name}: ${counts
            .slice(0, 8)
            .map((c) => `${c.key} (${c.count})`)
            .join(', ')}`,
        )
      }
    }
  }
  return `${lines.join('\n')}\n`
}
