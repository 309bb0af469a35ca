import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/** The built CLI entry (tests run after `npm run build`). */
export const CLI = resolve(import.meta.dirname, '../../bin/chuhai.js')

/** Result of one CLI run. */
export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs `chuhai ARGS` to completion. */
export function runCli(args: readonly string[], env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 256 * 1024 * 1024,
  })
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

/** Starts `chuhai ARGS` without waiting (for the crash test). */
export function startCli(args: readonly string[]): ReturnType<typeof spawn> {
  return spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'chuhai-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/** Parses the `--json` summary of `chuhai ingest`. */
export interface IngestJson {
  documents: number
  failed: number
  skipped: number
  seconds: number
  errors: { file: string; offset: number | null; id: string | null; reason: string }[]
  inserted: number
  replaced: number
  unchanged: number
  not_patents: number
  files: number
  skipped_files: { file: string; reason: string }[]
  skipped_documents: { file: string; offset: number | null; line?: number; reason: string }[]
}

/** Runs `chuhai ingest --json` and parses its summary; throws with stderr when it is not JSON. */
export function ingestJson(args: readonly string[]): { run: CliRun; summary: IngestJson } {
  const run = runCli(['ingest', ...args, '--json'])
  try {
    return { run, summary: JSON.parse(run.stdout) as IngestJson }
  } catch {
    throw new Error(`ingest did not print JSON (exit ${run.code}):\n${run.stdout}\n${run.stderr}`)
  }
}
