import { z } from 'zod'
import { createError } from '../../errors.js'
import type { PolicyItemInput } from './policy-source.js'

const Document = z.object({
  document_number: z.string(),
  title: z.string(),
  type: z.string().nullish(),
  abstract: z.string().nullish(),
  html_url: z.string().nullish(),
  publication_date: z.string().nullish(),
  agencies: z
    .array(z.object({ name: z.string().nullish(), raw_name: z.string().nullish() }))
    .nullish(),
})

const SearchResponse = z.object({
  count: z.number(),
  results: z.array(Document).optional(),
  next_page_url: z.string().nullish(),
})

/**
 * Items of a Federal Register API `documents.json` search response (federalregister.gov/api/v1).
 * An error body (`{"status": 400, "message": …}`) or another shape throws `POLICY_FEED_MALFORMED`
 * with the API's message.
 */
export function parseFederalRegister(
  json: string,
  source: string,
): { items: PolicyItemInput[]; next: string | undefined } {
  let body: unknown
  try {
    body = JSON.parse(json)
  } catch (error) {
    throw createError(
      'POLICY_FEED_MALFORMED',
      source,
      `invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  const error = z.object({ status: z.number(), message: z.string() }).safeParse(body)
  if (error.success) {
    throw createError(
      'POLICY_FEED_MALFORMED',
      source,
      `API error ${error.data.status}: ${error.data.message}`,
    )
  }
  const parsed = SearchResponse.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw createError(
      'POLICY_FEED_MALFORMED',
      source,
      `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
    )
  }
  const items = (parsed.data.results ?? []).map((d) => ({
    source,
    guid: d.document_number,
    url: d.html_url ?? undefined,
    title: d.title,
    summary: [
      d.type,
      (d.agencies ?? [])
        .map((a) => a.name ?? a.raw_name)
        .filter(Boolean)
        .join(', '),
      d.abstract,
    ]
      .filter((s): s is string => typeof s === 'string' && s !== '')
      .join(' — '),
    published: d.publication_date ?? undefined,
  }))
  return { items, next: parsed.data.next_page_url ?? undefined }
}
