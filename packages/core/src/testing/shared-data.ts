import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root: the nearest folder above this file holding `package.json` with workspaces. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (dir !== dirname(dir)) {
    if (existsSync(join(dir, 'packages')) && existsSync(join(dir, 'package.json'))) {
      return dir
    }
    dir = dirname(dir)
  }
  throw new Error('repository root not found')
}

/**
 * The shared data folder: `CHUHAI_SHARED` or `../shared` beside the repository.
 * Integration tests skip with a message when it is absent.
 */
export function sharedDir(): string {
  return process.env.CHUHAI_SHARED ?? resolve(repoRoot(), '..', 'shared')
}

/** Absolute path of a file under the shared folder, e.g. `data/go-uspto/...`. */
export function sharedPath(relative: string): string {
  return join(sharedDir(), relative)
}

/** Whether the shared folder (or a file in it) is present. */
export function hasShared(relative = 'data'): boolean {
  return existsSync(sharedPath(relative))
}

/** The message integration tests print when they skip for want of `../shared`. */
export const NO_SHARED =
  'skipped: ../shared (CHUHAI_SHARED) is absent; integration tests need the shared data folder'
