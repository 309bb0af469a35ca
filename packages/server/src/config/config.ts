import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { z } from 'zod'
import { createServerError } from '../errors.js'

/** Server configuration (docs/configuration.md). Environment variables win over the file. */
export const ServerConfig = z.object({
  /** TCP port. Default is `8787`. */
  port: z.coerce.number().int().min(0).max(65535).default(8787),
  /** Listen address. Default is `127.0.0.1` (loopback); `0.0.0.0` exposes it. */
  host: z.string().default('127.0.0.1'),
  /** SQLite database file. Default is `chuhai.db`. */
  db: z.string().default('chuhai.db'),
  /** Folders the import page may read from the server's disk (none by default). */
  importRoots: z.array(z.string()).default([]),
  /** Where uploads are kept until ingested. Default is `<db>.uploads`. */
  uploadDir: z.string().optional(),
  /** Largest upload in MiB. Default is `512`. */
  uploadMaxMiB: z.coerce.number().positive().default(512),
  /** Session lifetime in hours. Default is `12`. */
  sessionHours: z.coerce.number().positive().default(12),
  /** Set the `Secure` flag on cookies (behind HTTPS). Default is `false`. */
  secureCookies: z.coerce.boolean().default(false),
  /** pino level. Default is `info`. */
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Background jobs run at once. Default is `1` (SQLite has one writer). */
  jobConcurrency: z.coerce.number().int().min(1).max(8).default(1),
  /** Built web app to serve at `/`; absent → API only. Default is packages/web/dist when built. */
  webDist: z.string().optional(),
  /** Search worker threads (own read-only connections). `0` searches on the main thread. Default is `2`. */
  searchWorkers: z.coerce.number().int().min(0).max(16).default(2),
  /**
   * Seconds between passes of the watch scheduler, which queues each organisation's due watch
   * runs (ADR 0026); `0` turns it off. Default is `60`.
   */
  watchScheduleSeconds: z.coerce.number().int().min(0).default(60),
  /** Ingest parse workers per job. Default is the cores minus one. */
  ingestWorkers: z.coerce.number().int().min(0).optional(),
})

/** The validated configuration. */
export type ServerConfig = z.infer<typeof ServerConfig>

const ENV: Readonly<Record<string, keyof ServerConfig>> = {
  PORT: 'port',
  HOST: 'host',
  CHUHAI_DB: 'db',
  CHUHAI_IMPORT_ROOTS: 'importRoots',
  CHUHAI_UPLOAD_DIR: 'uploadDir',
  CHUHAI_UPLOAD_MAX_MIB: 'uploadMaxMiB',
  CHUHAI_SESSION_HOURS: 'sessionHours',
  CHUHAI_SECURE_COOKIES: 'secureCookies',
  CHUHAI_LOG_LEVEL: 'logLevel',
  CHUHAI_JOB_CONCURRENCY: 'jobConcurrency',
  CHUHAI_WEB_DIST: 'webDist',
  CHUHAI_INGEST_WORKERS: 'ingestWorkers',
  CHUHAI_SEARCH_WORKERS: 'searchWorkers',
  CHUHAI_WATCH_SCHEDULE_SECONDS: 'watchScheduleSeconds',
}

/**
 * Reads the configuration: the `server` section of the JSON file `CHUHAI_CONFIG` (default
 * `chuhai.config.json` when it exists), then environment variables on top, validated; a bad value names the key and the source.
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
  overrides: Partial<ServerConfig> = {},
): ServerConfig {
  const file = env.CHUHAI_CONFIG ?? 'chuhai.config.json'
  let fromFile: Record<string, unknown> = {}
  if (env.CHUHAI_CONFIG !== undefined || existsSync(file)) {
    try {
      // The file is shared: the server reads its `server` section (connectors read `connectors`).
      const raw = JSON.parse(readFileSync(file, 'utf8')) as { server?: Record<string, unknown> }
      fromFile = raw.server ?? {}
    } catch (error) {
      throw createServerError('CONFIG_INVALID', file, String(error))
    }
  }
  const fromEnv: Record<string, unknown> = {}
  for (const [name, key] of Object.entries(ENV)) {
    const value = env[name]
    if (value !== undefined && value !== '') {
      fromEnv[key] =
        key === 'importRoots'
          ? value.split(':').filter((p) => p !== '')
          : key === 'secureCookies'
            ? value === '1' || value === 'true'
            : value
    }
  }
  const parsed = ServerConfig.safeParse({ ...fromFile, ...fromEnv, ...overrides })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw createServerError(
      'CONFIG_INVALID',
      `server.${issue?.path.join('.') ?? '?'}`,
      `${issue?.message ?? 'invalid'} (from ${file} or the environment)`,
    )
  }
  const config = parsed.data
  return {
    ...config,
    importRoots: config.importRoots.map((p) => resolve(p)),
    uploadDir: config.uploadDir ?? `${config.db === ':memory:' ? 'chuhai' : config.db}.uploads`,
  }
}
