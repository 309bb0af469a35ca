import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { hasShared, sharedPath } from '@chuhai/core/testing'
import type { Reply } from './replay-server.js'

/** The recorded API responses folder. */
export const API = 'data/api-responses'

/** Whether a recorded file is present (tests skip with a message otherwise). */
export function hasRecorded(relative: string): boolean {
  return hasShared(join(API, relative))
}

/** The bytes of a recorded response body, unchanged. */
export function recorded(relative: string): Buffer {
  return readFileSync(sharedPath(join(API, relative)))
}

interface Interaction {
  status: { code: number }
  response_headers: Record<string, string[]>
  body_file: string | null
}

const HOP = new Set(['content-length', 'transfer-encoding', 'connection', 'content-encoding'])

/**
 * One recorded interaction (`*.interactions.json`) as a reply: its status, its recorded
 * headers (hop-by-hop ones dropped) and its body file byte for byte.
 */
export function recordedInteraction(relative: string, index: number): Reply {
  return interactionAt(sharedPath(join(API, relative)), index)
}

/**
 * One interaction of an interactions file at `path` (the recorded format, also used by the
 * hand-written fixtures of services no recording exists for); body files lie beside it.
 */
export function interactionAt(path: string, index: number): Reply {
  const file = JSON.parse(readFileSync(path, 'utf8')) as { interactions: Interaction[] }
  const interaction = file.interactions[index]!
  const headers: Record<string, string> = {}
  for (const [name, values] of Object.entries(interaction.response_headers)) {
    if (!HOP.has(name.toLowerCase())) {
      headers[name] = values.join(', ')
    }
  }
  return {
    status: interaction.status.code,
    headers,
    body: interaction.body_file ? readFileSync(join(dirname(path), interaction.body_file)) : '',
  }
}

/** The message printed when recorded responses are absent. */
export const NO_RECORDED =
  'skipped: ../shared/data/api-responses is absent (replayed tests need it)'
