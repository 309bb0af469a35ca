import type { Command } from 'commander'
import { createError, type WeightedQuery } from '@chuhai/core'

interface TranslateFlags {
  to?: string
  json?: boolean
}

/** One line per concept: `weight  origin → form (weight) | form (weight) …`. */
function describe(query: WeightedQuery): string {
  return query.concepts
    .map((c) => {
      const forms = c.forms.map((f) => `${f.text} (${f.weight})`).join(' | ')
      return `${c.weight.toFixed(3).padStart(6)}  ${c.origin ?? ''} → ${forms}`
    })
    .join('\n')
}

/**
 * `chuhai translate QUERY`: shows how a query is understood across languages — the weighted
 * concepts and candidate translations that search uses (Chinese → English by default, English →
 * Chinese with `--to zh`). Runs offline: glossary and CC-CEDICT ship with the package.
 */
export function registerTranslate(program: Command): void {
  program
    .command('translate')
    .description('show the weighted cross-language concepts of a query (zh→en, en→zh)')
    .argument('<query...>', 'the query text (Chinese Simplified/Traditional or English)')
    .option('--to <lang>', 'language of the documents to search: en or zh', 'en')
    .option('--json', 'print the WeightedQuery as JSON')
    .action(async (words: string[], flags: TranslateFlags) => {
      const to = flags.to ?? 'en'
      if (to !== 'en' && to !== 'zh') {
        throw createError('USAGE', `--to must be en or zh, not ${JSON.stringify(to)}`)
      }
      const text = words.join(' ')
      const { createQueryTranslation } = await import('@chuhai/text-zh')
      const translation = createQueryTranslation()
      const source = to === 'en' ? 'zh' : 'en'
      const query = translation.translate(text, to, source)
      if (!query) {
        throw createError('USAGE', `the query is already in ${to}`)
      }
      process.stdout.write(flags.json ? `${JSON.stringify(query)}\n` : `${describe(query)}\n`)
    })
}
