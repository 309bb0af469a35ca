import { z } from 'zod'

/**
 * A BCP-47-ish language tag as offices write it, lower-cased: `en`, `de`, `zh`, `zh-hant`, `ja`.
 * `und` marks text whose language the source does not state.
 */
export const LanguageTag = z
  .string()
  .min(2)
  .max(12)
  .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/)
export type LanguageTag = z.infer<typeof LanguageTag>

/** A text in one language: titles, abstracts and descriptions are lists of these. */
export const LocalizedText = z.object({
  lang: LanguageTag,
  text: z.string(),
})
export type LocalizedText = z.infer<typeof LocalizedText>

/** Normalises a language attribute (`EN`, `en-US`, `zh_CN`) to a lower-case tag; `und` when absent. */
export function normalizeLanguage(raw: string | undefined | null): string {
  if (!raw) {
    return 'und'
  }
  const tag = raw.trim().toLowerCase().replace(/_/g, '-')
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(tag) ? tag : 'und'
}
