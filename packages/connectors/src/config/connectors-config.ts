import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { createError } from '@chuhai/core'
import { z } from 'zod'
import { DEFAULT_RETRY, type RetryPolicy } from '../http/retry-policy.js'
import { ENV, SERVICE_DEFAULTS } from './connector-env.js'

const Url = z.string().url()
const Rate = z.number().positive()

/** The `connectors` section of `chuhai.config.json` (every field optional). */
export const ConnectorsFileSchema = z
  .object({
    cacheDir: z.string().optional(),
    cacheTtlHours: z.number().nonnegative().optional(),
    fetchDir: z.string().optional(),
    retry: z
      .object({
        maxAttempts: z.number().int().min(1).max(20).optional(),
        baseDelayMs: z.number().int().min(0).optional(),
        maxDelayMs: z.number().int().min(0).optional(),
        maxWaitSeconds: z.number().min(0).optional(),
      })
      .strict()
      .optional(),
    uspto: z
      .object({
        apiKey: z.string().optional(),
        baseUrl: Url.optional(),
        requestsPerMinute: Rate.optional(),
      })
      .strict()
      .optional(),
    epoOps: z
      .object({
        key: z.string().optional(),
        secret: z.string().optional(),
        baseUrl: Url.optional(),
        requestsPerMinute: Rate.optional(),
      })
      .strict()
      .optional(),
    patentsView: z
      .object({
        apiKey: z.string().optional(),
        baseUrl: Url.optional(),
        requestsPerMinute: Rate.optional(),
      })
      .strict()
      .optional(),
    lens: z
      .object({
        token: z.string().optional(),
        baseUrl: Url.optional(),
        requestsPerMinute: Rate.optional(),
      })
      .strict()
      .optional(),
  })
  .strict()

/** One service's resolved settings. */
export interface ServiceConfig {
  readonly baseUrl: string
  readonly requestsPerMinute: number
}

/** The resolved connector configuration: environment over config file over defaults. */
export interface ConnectorsConfig {
  /** Disk cache folder. Default is `$XDG_CACHE_HOME/chuhai` or `~/.cache/chuhai`. */
  readonly cacheDir: string
  /** How long API responses stay in the disk cache, in hours. Default is `24`; `0` disables it. */
  readonly cacheTtlHours: number
  /** Where fetched responses and bulk files are written for ingest. Default is `./chuhai-fetch`. */
  readonly fetchDir: string
  readonly retry: RetryPolicy
  readonly uspto: ServiceConfig & { readonly apiKey?: string }
  readonly epoOps: ServiceConfig & { readonly key?: string; readonly secret?: string }
  readonly patentsView: ServiceConfig & { readonly apiKey?: string }
  readonly lens: ServiceConfig & { readonly token?: string }
}

/** Where the configuration comes from. */
export interface ConfigSources {
  /** Default is `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>
  /** A config file given on the command line; else `CHUHAI_CONFIG`, else `./chuhai.config.json` when present. */
  readonly file?: string
  /** Default is `process.cwd()`. */
  readonly cwd?: string
}

/**
 * Resolves the connector configuration (documented in `docs/configuration.md`). Credentials may
 * sit in the environment or in the config file; environment variables win. Invalid values fail
 * with `CONNECTOR_CONFIG_INVALID` naming the variable or field.
 */
export function loadConnectorsConfig(sources: ConfigSources = {}): ConnectorsConfig {
  const env = sources.env ?? process.env
  const cwd = sources.cwd ?? process.cwd()
  const fileSection = readConfigFile(sources.file ?? env[ENV.config], cwd)
  const cacheBase = env.XDG_CACHE_HOME ? env.XDG_CACHE_HOME : join(homedir(), '.cache')
  const retryFile = fileSection.retry ?? {}
  const text = (name: string): string | undefined => {
    const v = env[name]
    return v === undefined || v.trim() === '' ? undefined : v.trim()
  }
  const num = (name: string): number | undefined => {
    const v = text(name)
    if (v === undefined) {
      return undefined
    }
    const n = Number(v)
    if (!Number.isFinite(n) || n < 0) {
      throw createError(
        'CONNECTOR_CONFIG_INVALID',
        name,
        `expected a non-negative number, got ${JSON.stringify(v)}`,
      )
    }
    return n
  }
  const url = (name: string, fromFile: string | undefined, fallback: string): string => {
    const v = text(name) ?? fromFile ?? fallback
    if (!Url.safeParse(v).success) {
      throw createError('CONNECTOR_CONFIG_INVALID', name, `not a URL: ${JSON.stringify(v)}`)
    }
    return v.replace(/\/+$/, '')
  }
  const service = <K extends keyof typeof SERVICE_DEFAULTS>(
    k: K,
    file: { baseUrl?: string; requestsPerMinute?: number } | undefined,
  ): ServiceConfig => ({
    baseUrl: url(ENV[k].url, file?.baseUrl, SERVICE_DEFAULTS[k].baseUrl),
    requestsPerMinute:
      num(ENV[k].rpm) || file?.requestsPerMinute || SERVICE_DEFAULTS[k].requestsPerMinute,
  })
  const maxWaitSeconds = num(ENV.maxWaitSeconds) ?? retryFile.maxWaitSeconds
  return {
    cacheDir: resolve(cwd, text(ENV.cacheDir) ?? fileSection.cacheDir ?? join(cacheBase, 'chuhai')),
    cacheTtlHours: num(ENV.cacheTtlHours) ?? fileSection.cacheTtlHours ?? 24,
    fetchDir: resolve(cwd, text(ENV.fetchDir) ?? fileSection.fetchDir ?? 'chuhai-fetch'),
    retry: {
      maxAttempts: Math.max(
        1,
        Math.round(num(ENV.maxAttempts) ?? retryFile.maxAttempts ?? DEFAULT_RETRY.maxAttempts),
      ),
      baseDelayMs: retryFile.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
      maxDelayMs: retryFile.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
      maxWaitMs: maxWaitSeconds === undefined ? DEFAULT_RETRY.maxWaitMs : maxWaitSeconds * 1000,
    },
    uspto: {
      ...service('uspto', fileSection.uspto),
      apiKey: text(ENV.uspto.key) ?? fileSection.uspto?.apiKey,
    },
    epoOps: {
      ...service('epoOps', fileSection.epoOps),
      key: text(ENV.epoOps.key) ?? fileSection.epoOps?.key,
      secret: text(ENV.epoOps.secret) ?? fileSection.epoOps?.secret,
    },
    patentsView: {
      ...service('patentsView', fileSection.patentsView),
      apiKey: text(ENV.patentsView.key) ?? fileSection.patentsView?.apiKey,
    },
    lens: {
      ...service('lens', fileSection.lens),
      token: text(ENV.lens.key) ?? fileSection.lens?.token,
    },
  }
}

function readConfigFile(
  given: string | undefined,
  cwd: string,
): z.infer<typeof ConnectorsFileSchema> {
  const path = given ? resolve(cwd, given) : resolve(cwd, 'chuhai.config.json')
  if (!given && !existsSync(path)) {
    return {}
  }
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw createError('CONNECTOR_CONFIG_INVALID', path, (error as Error).message)
  }
  const section = (raw as { connectors?: unknown } | null)?.connectors ?? {}
  const parsed = ConnectorsFileSchema.safeParse(section)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw createError(
      'CONNECTOR_CONFIG_INVALID',
      path,
      `connectors.${issue.path.join('.')}: ${issue.message}`,
    )
  }
  return parsed.data
}
