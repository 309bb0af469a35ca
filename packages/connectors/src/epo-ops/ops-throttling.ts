/** The traffic-light state of one OPS service in `X-Throttling-Control`. */
export interface OpsServiceState {
  readonly colour: 'green' | 'yellow' | 'red' | 'black'
  /** Requests per minute OPS allows for this service now. */
  readonly perMinute: number
}

/** A parsed `X-Throttling-Control` header. */
export interface OpsThrottling {
  /** Overall system state: `idle`, `busy` or `overloaded`. */
  readonly system: string
  /** Per service: `images`, `inpadoc`, `other`, `retrieval`, `search`. */
  readonly services: Readonly<Record<string, OpsServiceState>>
}

/**
 * Parses `X-Throttling-Control`, e.g.
 * `idle (images=green:200, inpadoc=green:60, other=green:1000, retrieval=green:200, search=green:30)`.
 * Returns `undefined` when the header is absent or unreadable (OPS omits it on cached replies).
 */
export function parseThrottlingControl(value: string | undefined): OpsThrottling | undefined {
  const match = value?.trim().match(/^(\w+)\s*\((.*)\)\s*$/)
  if (!match) {
    return undefined
  }
  const services: Record<string, OpsServiceState> = {}
  for (const part of match[2]!.split(',')) {
    const m = part.trim().match(/^(\w+)=(green|yellow|red|black):(\d+)$/i)
    if (m) {
      services[m[1]!.toLowerCase()] = {
        colour: m[2]!.toLowerCase() as OpsServiceState['colour'],
        perMinute: Number(m[3]),
      }
    }
  }
  return { system: match[1]!.toLowerCase(), services }
}

/**
 * The OPS throttling category of a REST path (relative to `rest-services/`): searches count
 * against `search`, families and legal status against `inpadoc`, documents against `retrieval`.
 */
export function opsCategory(path: string): string {
  if (/(^|\/)search(\/|\?|$)/.test(path)) {
    return 'search'
  }
  if (path.startsWith('family/') || path.startsWith('legal/')) {
    return 'inpadoc'
  }
  if (path.includes('/images') || path.endsWith('.pdf') || path.endsWith('.tiff')) {
    return 'images'
  }
  if (path.startsWith('published-data/')) {
    return 'retrieval'
  }
  return 'other'
}
