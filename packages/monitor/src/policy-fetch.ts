import {
  classifyPolicyItem,
  createError,
  htmlToText,
  parseFederalRegister,
  parsePolicyFeed,
  type PolicyClassification,
  type PolicyItemInput,
  type PolicyJurisdiction,
  type PolicySource,
  type PolicyTopic,
} from '@chuhai/core/monitor'

/** What the fetcher needs from the policy store (SqlitePolicyStore implements it). */
export interface PolicyStorePort {
  recordItems(
    items: readonly (PolicyItemInput & { readonly classification: PolicyClassification })[],
    now: number,
  ): { added: readonly { readonly id: number }[]; duplicates: number }
  trackPage(
    source: {
      readonly id: string
      readonly url: string
      readonly jurisdiction: PolicyJurisdiction
      readonly topics: readonly PolicyTopic[]
    },
    text: string,
    now: number,
  ):
    | { readonly id: number; readonly diff: { readonly added: number; readonly removed: number } }
    | undefined
}

/** What fetching one source did. */
export interface SourceReport {
  readonly source: string
  readonly fetched: number
  readonly added: number
  readonly duplicates: number
  /** For tracked pages: whether the page changed since the last fetch. */
  readonly changed?: boolean
  readonly error?: string
}

/** Options of a fetch pass. */
export interface PolicyFetchOptions {
  /** Per-request timeout, default 20 s. */
  readonly timeoutMs?: number
  /** Federal Register: pages to follow through `next_page_url`, default 1. */
  readonly maxPages?: number
  /** Milliseconds since the epoch, default the system clock. */
  readonly now?: () => number
}

async function get(url: string, source: string, timeoutMs: number): Promise<string> {
  let response: Response
  try {
    response = await fetch(url, {
      headers: {
        'user-agent': 'Chuhai-PolicyTracker/1 (+self-hosted)',
        accept:
          'application/atom+xml, application/rss+xml, application/json, text/html;q=0.9, */*;q=0.5',
      },
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (error) {
    throw createError(
      'POLICY_FETCH_FAILED',
      source,
      error instanceof Error ? error.message : String(error),
    )
  }
  const body = await response.text()
  if (!response.ok) {
    // The Federal Register explains its 4xx in a JSON body: keep its message.
    const detail = /"message"\s*:\s*"([^"]+)"/.exec(body)?.[1]
    throw createError(
      'POLICY_FETCH_FAILED',
      source,
      `HTTP ${response.status}${detail ? `: ${detail}` : ''}`,
    )
  }
  return body
}

/**
 * Fetches each source, parses it by kind, classifies new items and stores them (duplicates are
 * dropped by the store), or diffs a tracked page against its stored text. A failing source is
 * reported with its error and the others go on.
 */
export async function fetchPolicySources(
  store: PolicyStorePort,
  sources: readonly PolicySource[],
  options: PolicyFetchOptions = {},
): Promise<SourceReport[]> {
  const now = options.now ?? Date.now
  const timeout = options.timeoutMs ?? 20_000
  const reports: SourceReport[] = []
  for (const source of sources) {
    try {
      if (source.kind === 'page') {
        const text = htmlToText(await get(source.url, source.id, timeout))
        const change = store.trackPage(source, text, now())
        reports.push({
          source: source.id,
          fetched: 1,
          added: 0,
          duplicates: 0,
          changed: change !== undefined,
        })
        continue
      }
      const items: PolicyItemInput[] = []
      if (source.kind === 'feed') {
        items.push(...parsePolicyFeed(await get(source.url, source.id, timeout), source.id))
      } else {
        let url: string | undefined = source.url
        for (let page = 0; url !== undefined && page < (options.maxPages ?? 1); page++) {
          const { items: found, next } = parseFederalRegister(
            await get(url, source.id, timeout),
            source.id,
          )
          items.push(...found)
          url = next
        }
      }
      const classified = items.map((i) => ({ ...i, classification: classifyPolicyItem(i, source) }))
      const { added, duplicates } = store.recordItems(classified, now())
      reports.push({ source: source.id, fetched: items.length, added: added.length, duplicates })
    } catch (error) {
      reports.push({
        source: source.id,
        fetched: 0,
        added: 0,
        duplicates: 0,
        error: error instanceof Error ? error.message : String(error),
      })
    }
  }
  return reports
}
