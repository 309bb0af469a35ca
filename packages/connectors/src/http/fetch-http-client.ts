import type { HttpClient, HttpRequest, HttpResponse } from '@chuhai/core'

/** Options of `createFetchHttpClient`. */
export interface FetchHttpClientOptions {
  /** Milliseconds until response headers must arrive. Default is `60000`. */
  readonly timeoutMs?: number
  /** Milliseconds a body may stall between two chunks before the read fails. Default is `120000`. */
  readonly idleTimeoutMs?: number
  /** `User-Agent` sent with every request. Default is `chuhai/0.1`. */
  readonly userAgent?: string
}

/**
 * The `HttpClient` port over Node's built-in `fetch` (undici): redirects followed (credentials
 * dropped when the origin changes), a header
 * timeout, and an idle timeout while the body streams so that a stalled multi-gigabyte download
 * fails instead of hanging, without capping how long a healthy download may take.
 */
export function createFetchHttpClient(options: FetchHttpClientOptions = {}): HttpClient {
  const userAgent = options.userAgent ?? 'chuhai/0.1'
  const idleMs = options.idleTimeoutMs ?? 120_000
  return {
    async send(request: HttpRequest): Promise<HttpResponse> {
      const controller = new AbortController()
      const headerTimer = setTimeout(
        () => controller.abort(new Error('timed out waiting for the response')),
        request.timeoutMs ?? options.timeoutMs ?? 60_000,
      )
      let response: Response
      try {
        response = await follow(request, userAgent, controller.signal)
      } finally {
        clearTimeout(headerTimer)
      }
      return wrap(response, controller, idleMs)
    },
  }
}

const SECRET_HEADERS = new Set(['authorization', 'x-api-key', 'cookie'])

/**
 * Follows up to 5 redirects by hand so that credentials never travel to another origin: ODP bulk
 * downloads redirect to a storage host that must not see the API key.
 */
async function follow(
  request: HttpRequest,
  userAgent: string,
  signal: AbortSignal,
): Promise<Response> {
  let url = request.url
  let headers: Record<string, string> = { 'user-agent': userAgent, ...request.headers }
  let method = request.method
  let body = request.body
  for (let hop = 0; ; hop++) {
    const response = await fetch(url, { method, headers, body, redirect: 'manual', signal })
    const location = response.headers.get('location')
    if (response.status < 300 || response.status > 399 || !location || hop >= 5) {
      return response
    }
    await response.body?.cancel().catch(() => undefined)
    const next = new URL(location, url)
    if (next.origin !== new URL(url).origin) {
      headers = Object.fromEntries(
        Object.entries(headers).filter(([k]) => !SECRET_HEADERS.has(k.toLowerCase())),
      )
    }
    if (
      response.status === 303 ||
      ((response.status === 301 || response.status === 302) && method === 'POST')
    ) {
      method = 'GET'
      body = undefined
    }
    url = next.href
  }
}

function wrap(response: Response, controller: AbortController, idleMs: number): HttpResponse {
  let consumed = false
  const body = async function* (): AsyncGenerator<Uint8Array> {
    if (consumed) {
      throw new Error('response body already read')
    }
    consumed = true
    if (!response.body) {
      return
    }
    const reader = response.body.getReader()
    let timer: ReturnType<typeof setTimeout> | undefined
    const arm = (): void => {
      clearTimeout(timer)
      timer = setTimeout(() => controller.abort(new Error(`no data for ${idleMs} ms`)), idleMs)
    }
    try {
      for (;;) {
        arm()
        const { done, value } = (await reader.read()) as { done: boolean; value: Uint8Array }
        if (done) {
          return
        }
        yield value
      }
    } finally {
      clearTimeout(timer)
      reader.releaseLock()
    }
  }
  return {
    status: response.status,
    url: response.url,
    header: (name) => response.headers.get(name) ?? undefined,
    body,
    async bytes() {
      const parts: Uint8Array[] = []
      let size = 0
      for await (const chunk of body()) {
        parts.push(chunk)
        size += chunk.length
      }
      const out = new Uint8Array(size)
      let at = 0
      for (const part of parts) {
        out.set(part, at)
        at += part.length
      }
      return out
    },
    async discard() {
      if (!consumed && response.body) {
        consumed = true
        await response.body.cancel().catch(() => undefined)
      }
    },
  }
}
