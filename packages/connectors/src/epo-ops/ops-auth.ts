import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createError, type Clock } from '@chuhai/core'
import { z } from 'zod'
import type { ServiceClient } from '../http/service-client.js'
import { sha256 } from '../http/disk-cache.js'
import { writeFileAtomic } from '../output/atomic-file.js'
import { expectJson, parseJsonBody } from '../output/validate-body.js'

/** The OAuth token JSON of `POST /auth/accesstoken` (OPS sends numbers as strings). */
const TokenResponse = z.object({
  access_token: z.string().min(1),
  expires_in: z.union([z.string().regex(/^\d+$/), z.number()]),
})

const StoredToken = z.object({ token: z.string(), expiresAt: z.number() })

/** Renew this long before OPS says the token expires (its lifetime is 20 minutes). */
const MARGIN_MS = 60_000

/**
 * OPS OAuth 2 client-credentials tokens: requested with the consumer key and secret, kept in
 * memory and in a 0600 file under the cache folder (keyed by a hash of the key, so several
 * accounts never mix), renewed a minute before expiry and on demand after a 401 or an
 * `invalid_access_token` answer.
 */
export class OpsTokenManager {
  private current: { token: string; expiresAt: number } | undefined

  constructor(
    private readonly options: {
      readonly baseUrl: string
      readonly key: string | undefined
      readonly secret: string | undefined
      /** The variables named when credentials are missing or rejected. */
      readonly variables: readonly string[]
      readonly client: ServiceClient
      readonly clock: Clock
      /** Folder for the token file; no file when `undefined`. */
      readonly cacheDir: string | undefined
    },
  ) {}

  /** A valid access token, requesting one when needed. */
  async token(): Promise<string> {
    const now = this.options.clock.now()
    if (this.current && this.current.expiresAt - MARGIN_MS > now) {
      return this.current.token
    }
    const stored = await this.readStored()
    if (stored && stored.expiresAt - MARGIN_MS > now) {
      this.current = stored
      return stored.token
    }
    return this.request()
  }

  /** Drops the token and gets a new one; `true` when that worked. */
  async refresh(): Promise<boolean> {
    this.current = undefined
    await this.request()
    return true
  }

  private async request(): Promise<string> {
    const { key, secret, variables, client, clock } = this.options
    if (!key || !secret) {
      throw createError('CONNECTOR_CREDENTIALS_MISSING', client.service, variables)
    }
    const fetched = await client.fetch({
      method: 'POST',
      url: `${this.options.baseUrl}/auth/accesstoken`,
      headers: {
        authorization: `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: 'grant_type=client_credentials',
      category: 'other',
      what: 'OAuth access token',
      validate: expectJson(TokenResponse),
    })
    const parsed = parseJsonBody(fetched.body)
    const json = TokenResponse.parse('value' in parsed ? parsed.value : {})
    this.current = {
      token: json.access_token,
      expiresAt: clock.now() + Number(json.expires_in) * 1000,
    }
    await this.writeStored(this.current)
    return this.current.token
  }

  private tokenFile(): string | undefined {
    const { cacheDir, key } = this.options
    return cacheDir && key
      ? join(cacheDir, 'tokens', `epo-ops-${sha256(Buffer.from(key)).slice(0, 16)}.json`)
      : undefined
  }

  private async readStored(): Promise<{ token: string; expiresAt: number } | undefined> {
    const file = this.tokenFile()
    if (!file) {
      return undefined
    }
    try {
      return StoredToken.parse(JSON.parse(await readFile(file, 'utf8')))
    } catch {
      return undefined
    }
  }

  private async writeStored(token: { token: string; expiresAt: number }): Promise<void> {
    const file = this.tokenFile()
    if (file) {
      await writeFileAtomic(file, JSON.stringify(token), 0o600)
    }
  }
}
