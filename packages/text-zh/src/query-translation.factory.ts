import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  EnZhTranslator,
  parseGlossary,
  QueryTranslation,
  ZhEnTranslator,
  type Glossary,
  type ZhEnWeights,
} from '@chuhai/core'
import { CedictLexicon } from './cedict-lexicon.js'
import { JiebaSegmenter } from './jieba-segmenter.js'
import { OpenccScriptConverter } from './opencc-script-converter.js'

/** The package's data folder (glossary, CC-CEDICT extract). */
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data')
/** The curated zh↔en patent glossary shipped with the package. */
export const GLOSSARY_FILE = join(DATA_DIR, 'glossary-zh-en.tsv')
/** The CC-CEDICT extract shipped with the package. */
export const CEDICT_FILE = join(DATA_DIR, 'cedict-zh-en.tsv.gz')

/** Options of `createQueryTranslation`. */
export interface QueryTranslationOptions {
  /** Glossary TSV to use instead of the shipped one. */
  readonly glossaryFile?: string
  /** Whether to use the glossary (default true; `false` keeps only its structure words, for ablation). */
  readonly glossary?: boolean
  /** Whether to use CC-CEDICT behind the glossary (default true). */
  readonly dictionary?: boolean
  /** Weight overrides for the zh→en translator (benchmarks tune these). */
  readonly weights?: Partial<ZhEnWeights>
}

/** Reads and parses a glossary file. */
export function loadGlossary(file = GLOSSARY_FILE): Glossary {
  return parseGlossary(readFileSync(file, 'utf8'), file)
}

/**
 * Query translation for Chinese: zh→en (jieba with the glossary as user dictionary, OpenCC, the
 * glossary and CC-CEDICT) and en→zh (the reverse glossary). Loading costs ~0.5–1 s (jieba and
 * CC-CEDICT); build it once per process.
 */
export function createQueryTranslation(options: QueryTranslationOptions = {}): QueryTranslation {
  const full = loadGlossary(options.glossaryFile)
  const glossary =
    options.glossary === false
      ? parseGlossary(
          `# version: ${full.version}-structure-only\n` +
            [...full.stopwords].map((w) => `${w}\t-\tstructure`).join('\n'),
          'structure-only',
        )
      : full
  const script = new OpenccScriptConverter()
  // Multi-character terms only: a frequent single character could split real words apart.
  const userWords = [...glossary.domains.keys()].filter(
    (w) => /\p{Script=Han}/u.test(w) && [...w].length > 1,
  )
  const segmenter = new JiebaSegmenter(userWords)
  const dictionary = options.dictionary === false ? undefined : new CedictLexicon(CEDICT_FILE)
  const zhEn = new ZhEnTranslator(
    { segmenter, script, glossary, ...(dictionary ? { dictionary } : {}) },
    options.weights,
  )
  return new QueryTranslation([zhEn, new EnZhTranslator(glossary, script)])
}
