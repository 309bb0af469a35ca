/**
 * The HTTP port (house style R3): connectors send requests through it, so services never call
 * `fetch` themselves and a server can swap the transport (proxy, mTLS, recording).
 */

/** One HTTP request. Header names are case-insensitive; the client sends them as given. */
export interface HttpRequest {
  readonly method: 'GET' | 'POST' | 'HEAD'
  readonly url: string
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: string
  /** Milliseconds until the response headers must have arrived. Default is the client's (60 s). */
  readonly timeoutMs?: number
}

/** A response whose body has not been read yet. Read it once, with `body()` or `bytes()`. */
export interface HttpResponse {
  readonly status: number
  /** The final URL, after redirects. */
  readonly url: string
  /** A response header (case-insensitive), or `undefined`. */
  header(name: string): string | undefined
  /** The body as it arrives, chunk by chunk. */
  body(): AsyncIterable<Uint8Array>
  /** The whole body. */
  bytes(): Promise<Uint8Array>
  /** Drops the body unread (frees the connection). */
  discard(): Promise<void>
}

/**
 * Sends HTTP requests. Follows redirects. Rejects only for transport failures (DNS, refused or
 * reset connections, timeouts); every HTTP status, 4xx and 5xx included, resolves.
 */
export interface HttpClient {
  send(request: HttpRequest): Promise<HttpResponse>
}
