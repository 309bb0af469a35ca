import { z } from 'zod'
import { createError } from '../errors.js'
import { keyTerms } from '../eligibility/novelty/terms.js'
import type { WeightedConcept, WeightedQuery } from '../search/weighted-query.js'
import { clauses, isCjkText, NEGATION, type TargetField, type TextGlosser } from './chart-target.js'

// Chinese words that say how, not what: never a search concept.
const CJK_FUNCTION_WORDS = new Set(
  '任何 没有 本身 以及 或者 并且 而且 通过 进行 一个 一台 一种 每个 多个 用于 位于 包含 包括 能够 可以 同时 其中 之间 以上 以下 以内 方式 产品 用户 时候 书写时 这个 那个 所有 整个 上面 下面 里面'.split(
    ' ',
  ),
)
import type { TermStatistics } from './claim-chart.js'

/** A product or process to clear: a description and/or a feature list. */
export interface ProductInput {
  readonly title?: string
  readonly description: string
  readonly features: readonly string[]
  /** `en` or `zh` (or `ja`): detected from the text when not given. */
  readonly language: string
}

const ProductJson = z.object({
  title: z.string().optional(),
  description: z.string().optional(),
  product: z.string().optional(),
  features: z.array(z.string()).optional(),
  lang: z.string().optional(),
})

/** Fewest key terms a description must have for a meaningful chart. */
export const MIN_PRODUCT_TERMS = 12

const BULLET = /^\s*(?:[-*•·]|\d+[.)、]|[（(]\d+[)）])\s+/u

/**
 * Reads a product file: JSON (`{"title", "description", "features": [...]}`) or plain text, where
 * bulleted or numbered lines are features and the rest is the description. Refuses an empty or
 * too short description (fewer than `MIN_PRODUCT_TERMS` key terms: a one-liner cannot be charted
 * element by element) with a message saying what to add. `source` names the file in messages.
 */
export function readProduct(content: string, source: string): ProductInput {
  const text = content.replace(/^\uFEFF/u, '').trim()
  let product: ProductInput
  if (text.startsWith('{')) {
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch (error) {
      throw createError(
        'FTO_INVALID_INPUT',
        source,
        `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      )
    }
    const parsed = ProductJson.safeParse(raw)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw createError(
        'FTO_INVALID_INPUT',
        `${source}: ${issue?.path.join('.') ?? ''}`,
        issue?.message ?? 'invalid',
      )
    }
    const description = (parsed.data.description ?? parsed.data.product ?? '').trim()
    product = {
      ...(parsed.data.title ? { title: parsed.data.title } : {}),
      description,
      features: (parsed.data.features ?? []).map((f) => f.trim()).filter(Boolean),
      language: parsed.data.lang?.slice(0, 2) ?? languageOf(description),
    }
  } else {
    const lines = text.split(/\r?\n/u)
    const features = lines.filter((l) => BULLET.test(l)).map((l) => l.replace(BULLET, '').trim())
    const description = lines
      .filter((l) => !BULLET.test(l))
      .join('\n')
      .trim()
    product = { description, features, language: languageOf(text) }
  }
  const all = [product.description, ...product.features].join('\n')
  if (all.trim() === '') {
    throw createError('FTO_INVALID_INPUT', source, 'the product description is empty')
  }
  const terms = keyTerms(all).length
  if (terms < MIN_PRODUCT_TERMS) {
    throw createError(
      'FTO_INVALID_INPUT',
      source,
      `the product description is too short (${terms} key terms, at least ${MIN_PRODUCT_TERMS} needed): ` +
        'describe the product’s parts, what each does and how they connect, in sentences or one feature a line',
    )
  }
  return product
}

/** The fields charted against: the description's sentences and each feature. */
export function productFields(product: ProductInput): TargetField[] {
  return [
    ...(product.description ? [{ field: 'description', text: product.description }] : []),
    ...product.features.map((f, i) => ({ field: `feature ${i + 1}`, text: f })),
  ]
}

function languageOf(text: string): string {
  if (!isCjkText(text)) {
    return 'en'
  }
  return /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) ? 'ja' : 'zh'
}

/**
 * The candidate query for a product: its key terms weighted by frequency and rarity (a concept
 * each); for a Chinese description with a glosser, each glossed word is a concept whose forms are
 * its English translations (source `translation`, `origin` the Chinese word). At most `max`
 * concepts, most weighted first; terms found in no document are dropped.
 */
export function productQuery(
  product: ProductInput,
  options: {
    readonly glosser?: TextGlosser
    readonly stats?: TermStatistics
    readonly max?: number
  } = {},
): WeightedQuery {
  const text = [product.title ?? '', product.description, ...product.features].join('\n')
  const concepts: WeightedConcept[] = []
  const idf = (stem: string): number => {
    const stats = options.stats
    const df = stats?.documentFrequency(stem)
    if (!stats || df === undefined) {
      return 1
    }
    return df === 0 ? 0 : Math.log(1 + (stats.totalDocuments - df + 0.5) / (df + 0.5))
  }
  if (isCjkText(text) && options.glosser) {
    const seen = new Map<string, WeightedConcept>()
    const spans = clauses(text)
      .filter((c) => !NEGATION.test(c))
      .flatMap((c) => options.glosser!.gloss(c))
    for (const span of spans) {
      if ([...span.source].length < 2 || CJK_FUNCTION_WORDS.has(span.source)) {
        continue
      }
      const forms = span.translations
        .filter((t) => keyTerms(t).length > 0 && !/^un-|-$/u.test(t))
        .slice(0, 4)
        .map((t, i) => ({ text: t, weight: round(1 / (1 + i * 0.5)) }))
      if (forms.length === 0 || seen.has(span.source)) {
        continue
      }
      const rarity = Math.max(
        ...forms.map((f) => Math.min(...keyTerms(f.text).map((k) => idf(k.stem)), 8)),
      )
      if (!Number.isFinite(rarity) || rarity <= 0) {
        continue
      }
      const concept: WeightedConcept = {
        forms,
        weight: round(rarity * Math.min(2, [...span.source].length / 2)),
        source: 'translation',
        origin: span.source,
      }
      seen.set(span.source, concept)
      concepts.push(concept)
    }
  } else {
    for (const term of keyTerms(text)) {
      const weight = idf(term.stem) * (1 + Math.log(term.count))
      if (weight > 0 && !term.cjk) {
        concepts.push({
          forms: [{ text: term.surface, weight: 1 }],
          weight: round(weight),
          source: 'original',
        })
      }
    }
  }
  concepts.sort((a, b) => b.weight - a.weight)
  return { concepts: concepts.slice(0, options.max ?? 32), language: product.language }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}
