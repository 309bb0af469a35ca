import type { Claim } from '../../../model/claim.js'
import type { Party, PartyKind } from '../../../model/party.js'
import { personName } from '../../../model/party.js'

/**
 * Helpers shared by the USPTO text formats (APS green book and CSS/BRS, which grew out of it):
 * names written `Last; First`, APS country codes, and claims whose dependencies are only stated
 * in their text ("The method of claim 1").
 */

/** Drops properties whose value is `undefined`, so records carry no empty optional fields. */
export function defined<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T
}

/**
 * ST.3 code from an APS/BRS country: `JPX` → `JP`, `TW` → `TW`. APS appends `X` to two-letter
 * codes. Returns `undefined` for anything else.
 */
export function textCountry(raw: string | undefined): string | undefined {
  const m = /^([A-Z]{2})X?$/.exec((raw ?? '').trim().toUpperCase())
  return m?.[1]
}

/** Where a party lives, as the text formats give it. */
export interface PartyPlace {
  readonly city?: string
  readonly state?: string
  readonly country?: string
}

/**
 * A party from a name as printed. `Last; First` names are persons; other names are persons or
 * organizations as `fallback` says. A US state without a country means the United States.
 */
export function textParty(
  rawName: string,
  fallback: PartyKind,
  place: PartyPlace = {},
  extra: Pick<Party, 'roleCode' | 'sequence'> = {},
): Party | undefined {
  const name = rawName.replace(/\s+/g, ' ').trim()
  if (!name) {
    return undefined
  }
  const semi = name.indexOf(';')
  const person = semi >= 0
  const last = person ? name.slice(0, semi).trim() : undefined
  const first = person ? name.slice(semi + 1).trim() : undefined
  const country = place.country ?? (place.state ? 'US' : undefined)
  return defined<Party>({
    name: person ? personName(last, first) : name,
    kind: person ? 'person' : fallback,
    lastName: last || undefined,
    firstName: first || undefined,
    country,
    city: place.city,
    state: place.state,
    roleCode: extra.roleCode,
    sequence: extra.sequence,
  })
}

const REFERENCE =
  /\bclaims?\s+(\d+(?:\s*(?:,|-|–|to|through|or|and|and\/or)\s*(?:claims?\s+)?\d+)*)/gi

/**
 * The earlier claims a claim refers to, read from its text: `claim 1`, `claims 1 or 2`,
 * `any one of claims 1 to 3`, `claim 1 or claim 2`. Only numbers below `own` count, since a claim
 * can depend only on claims before it.
 */
export function claimReferences(text: string, own: number): number[] {
  const found = new Set<number>()
  for (const m of text.matchAll(REFERENCE)) {
    const list = m[1] ?? ''
    for (const range of list.matchAll(/(\d+)\s*(?:-|–|to|through)\s*(?:claims?\s+)?(\d+)/gi)) {
      const from = Number(range[1])
      const to = Math.min(Number(range[2]), own - 1)
      for (let n = from; n <= to && to - from < 500; n++) {
        found.add(n)
      }
    }
    for (const n of list.match(/\d+/g) ?? []) {
      found.add(Number(n))
    }
  }
  return [...found].filter((n) => n >= 1 && n < own).sort((a, b) => a - b)
}

/** A claim with its dependencies read from its text. */
export function textClaim(number: number, text: string): Claim {
  const dependsOn = claimReferences(text, number)
  const claim: Claim = { number, text, dependsOn, independent: dependsOn.length === 0 }
  if (/^\s*\d*\.?\s*\(?\s*(cancel+ed|deleted)\s*\)?\.?\s*$/i.test(text)) {
    claim.cancelled = true
  }
  return claim
}
