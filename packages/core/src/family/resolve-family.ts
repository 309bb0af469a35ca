import { earliestPriorityDate, type PatentRecord } from '../model/patent.js'
import { computeFamilies } from './compute-families.js'
import type { FamilyCandidate, FamilyStore } from './family-store.js'
import { familyKeys } from './family-keys.js'
import type { LegalStatus as StoredLegalStatus } from '../model/legal-event.js'
import type { LegalStatusReader } from '../store/legal-status-store.js'
import { summarizeLegalStatus, type LegalStatusSummary } from './legal-status.js'

/** One member of a family as `chuhai family` lists it. */
export interface FamilyMember {
  readonly id: string
  readonly country: string
  readonly kind?: string
  readonly stage: PatentRecord['stage']
  readonly publicationDate?: string
  readonly application?: { readonly number: string; readonly date?: string }
  readonly priorityDate?: string
  readonly grantDate?: string
  readonly title?: string
  /** `simple`: same priorities (or same DOCDB family); `extended`: linked through a shared one. */
  readonly relation: 'simple' | 'extended'
  readonly docdbFamily?: string
  readonly status: LegalStatusSummary
}

/** A publication's family: members grouped by country, and how the family was established. */
export interface FamilyView {
  readonly id: string
  /** DOCDB simple family id given by the source, when it gives one. */
  readonly docdbFamily?: string
  /** Locally computed simple and extended family ids (see `computeFamilies`). */
  readonly simpleFamily: string
  readonly extendedFamily: string
  /**
   * The publication's priority claims (and US provisionals) as its source spells them, with their
   * dates: `EP 20100167109 (2010-06-24)`. Families are computed from their canonical keys.
   */
  readonly priorities: readonly string[]
  readonly members: readonly FamilyMember[]
  /** Members by country code, in the order of `members`. */
  readonly byCountry: Readonly<Record<string, readonly FamilyMember[]>>
  /** True when the walk stopped at `maxMembers`. */
  readonly truncated: boolean
}

/** Options of `resolveFamily`. */
export interface ResolveFamilyOptions {
  /**
   * Where stored legal statuses are read (the store that keeps legal events, ADR 0009); without it
   * statuses are derived from the publications.
   */
  readonly legalStatus?: Pick<LegalStatusReader, 'legalStatus'>
  /** Stop after this many members (a guard against runaway extended families). Default is `2000`. */
  readonly maxMembers?: number
}

/**
 * The family of a stored publication: its DOCDB simple family where the source gave one, plus
 * every stored publication connected to it through shared priorities (breadth-first over family
 * keys, each key and publication visited once, so loops end). Members are classified as simple
 * (same priority set or same DOCDB family) or extended.
 */
export async function resolveFamily(
  store: FamilyStore,
  id: string,
  options: ResolveFamilyOptions = {},
): Promise<FamilyView | undefined> {
  const start = await store.get(id)
  if (!start) {
    return undefined
  }
  const max = options.maxMembers ?? 2000
  const startKeys = familyKeys(start)
  const found = new Map<string, FamilyCandidate>([
    [id, { id, keys: startKeys, docdbFamily: start.family?.docdb }],
  ])
  const seenKeys = new Set<string>()
  const queue = [...startKeys]
  const docdb = start.family?.docdb
  if (docdb) {
    for (const c of await store.withDocdbFamily(docdb)) {
      found.set(c.id, c)
      queue.push(...c.keys)
    }
  }
  let truncated = false
  while (queue.length > 0 && !truncated) {
    const batch = [...new Set(queue.splice(0))].filter(
      (k) => !seenKeys.has(k) && !k.startsWith('PUB:'),
    )
    batch.forEach((k) => seenKeys.add(k))
    if (batch.length === 0) {
      break
    }
    for (const c of await store.withKeys(batch)) {
      if (found.has(c.id)) {
        continue
      }
      if (found.size >= max) {
        truncated = true
        break
      }
      found.set(c.id, c)
      queue.push(...c.keys)
    }
  }
  const computed = computeFamilies([...found.values()])
  const own = computed.get(id)!
  const records = await store.getMany([...found.keys()])
  const stored = options.legalStatus
    ? await options.legalStatus.legalStatus(records.map((r) => r.id))
    : new Map<string, StoredLegalStatus>()
  const statuses = new Map<string, LegalStatusSummary>(
    [...stored].map(([memberId, status]) => [memberId, summarizeLegalStatus(status)]),
  )
  const members = records
    .map((r) => {
      const c = found.get(r.id)!
      const simple =
        computed.get(r.id)?.simple === own.simple || (!!docdb && c.docdbFamily === docdb)
      return member(r, simple ? 'simple' : 'extended', statuses.get(r.id) ?? derivedStatus(r))
    })
    .sort(memberOrder)
  const byCountry: Record<string, FamilyMember[]> = {}
  for (const m of members) {
    ;(byCountry[m.country] ??= []).push(m)
  }
  return {
    id,
    docdbFamily: docdb,
    simpleFamily: own.simple,
    extendedFamily: own.extended,
    priorities: [
      ...start.priorityClaims.map((p) => spelt(p.country, p.number, p.date)),
      ...start.relatedDocuments
        .filter((r) => r.relation === 'provisional')
        .map((r) => spelt(r.document.country, r.document.number, r.document.date)),
    ],
    members,
    byCountry,
    truncated,
  }
}

function spelt(country: string, number: string, date: string | undefined): string {
  return `${country} ${number}${date ? ` (${date})` : ''}`
}

function member(
  r: PatentRecord,
  relation: FamilyMember['relation'],
  status: LegalStatusSummary,
): FamilyMember {
  return {
    id: r.id,
    country: r.publication.country,
    kind: r.publication.kind,
    stage: r.stage,
    publicationDate: r.publication.date,
    application: r.application
      ? { number: r.application.number, date: r.application.date }
      : undefined,
    priorityDate: earliestPriorityDate(r),
    grantDate: r.grantDate,
    title: (r.titles.find((t) => t.lang === 'en') ?? r.titles[0])?.text,
    relation,
    docdbFamily: r.family?.docdb,
    status,
  }
}

/** Without legal-status data: a grant is `granted`, anything else `pending` (both `derived`). */
export function derivedStatus(r: PatentRecord): LegalStatusSummary {
  return r.stage === 'grant'
    ? { status: 'granted', date: r.grantDate ?? r.publication.date, source: 'derived' }
    : { status: 'pending', source: 'derived' }
}

function memberOrder(a: FamilyMember, b: FamilyMember): number {
  return (
    a.country.localeCompare(b.country) ||
    (a.publicationDate ?? '').localeCompare(b.publicationDate ?? '') ||
    a.id.localeCompare(b.id)
  )
}
