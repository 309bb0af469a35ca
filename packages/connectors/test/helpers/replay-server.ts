import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One reply of the test server. */
export interface Reply {
  readonly status: number
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: Uint8Array | string
  /** Send only this many body bytes, then destroy the socket (an interrupted download). */
  readonly cutAfter?: number
}

/** A request the server saw. */
export interface SeenRequest {
  readonly method: string
  readonly path: string
  readonly headers: IncomingMessage['headers']
  readonly body: string
}

/** A route: method and path (with query) to match, and its replies in order (the last repeats). */
export interface Route {
  readonly method?: string
  readonly path: string | RegExp
  readonly replies: readonly (Reply | ((request: SeenRequest) => Reply))[]
}

/** A running replay server on 127.0.0.1, port 0. */
export interface ReplayServer {
  readonly url: string
  readonly requests: SeenRequest[]
  close(): Promise<void>
}

/**
 * Starts a real HTTP server that replays recorded (or fixture) responses byte for byte. An
 * unmatched request gets a 599 so a test notices it.
 */
export async function startReplayServer(routes: readonly Route[]): Promise<ReplayServer> {
  const requests: SeenRequest[] = []
  const used = new Map<Route, number>()
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const seen: SeenRequest = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }
      requests.push(seen)
      const route = routes.find(
        (r) =>
          (r.method ?? 'GET') === seen.method &&
          (typeof r.path === 'string' ? r.path === seen.path : r.path.test(seen.path)),
      )
      if (!route) {
        res.writeHead(599).end(`no route for ${seen.method} ${seen.path}`)
        return
      }
      const n = used.get(route) ?? 0
      used.set(route, n + 1)
      const entry = route.replies[Math.min(n, route.replies.length - 1)]!
      const reply = typeof entry === 'function' ? entry(seen) : entry
      const body =
        typeof reply.body === 'string' ? Buffer.from(reply.body) : Buffer.from(reply.body ?? [])
      res.writeHead(reply.status, { 'content-length': String(body.length), ...reply.headers })
      if (reply.cutAfter !== undefined) {
        // A graceful close (FIN), not a reset: a reset may discard bytes the client has not read.
        res.write(body.subarray(0, reply.cutAfter), () => res.socket?.end())
        return
      }
      res.end(body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
