import { documentIdToPublicationId } from '../model/publication-number.js'
import type { FamilyStore } from './family-store.js'

/** One citation with the stored document it resolves to, if any. */
export interface ResolvedCitation {
  /** Canonical id of the cited (backward) or citing (forward) document. */
  readonly ref: string
  /** Stored id of that document; absent when it is not in the store. */
  readonly stored?: string
}

/** Backward and forward citations of a publication, resolved against the store. */
export interface CitationView {
  readonly id: string
  readonly backward: readonly ResolvedCitation[]
  /** Stored documents citing it, plus forward citations the source listed (`citedBy`). */
  readonly forward: readonly ResolvedCitation[]
  /** Non-patent literature cited. */
  readonly npl: readonly string[]
}

/**
 * Resolves a stored publication's citations to stored documents: backward from its own citation
 * list, forward from the backward citations of every stored document plus the source's `citedBy`.
 */
export async function resolveCitations(
  store: FamilyStore,
  id: string,
): Promise<CitationView | undefined> {
  const record = await store.get(id)
  if (!record) {
    return undefined
  }
  const backRefs = unique(
    record.citations.map(
      (c) => c.documentRef ?? (c.document ? documentIdToPublicationId(c.document) : undefined),
    ),
  )
  const listed = unique((record.citedBy ?? []).map((d) => documentIdToPublicationId(d)))
  const resolved = await store.resolveIds([...backRefs, ...listed])
  const citing = await store.citing(id)
  const forward = new Map<string, ResolvedCitation>()
  for (const stored of citing) {
    forward.set(stored, { ref: stored, stored })
  }
  for (const ref of listed) {
    const stored = resolved.get(ref)
    if (!stored || !forward.has(stored)) {
      forward.set(stored ?? ref, stored ? { ref, stored } : { ref })
    }
  }
  return {
    id,
    backward: backRefs.map((ref) => {
      const stored = resolved.get(ref)
      return stored ? { ref, stored } : { ref }
    }),
    forward: [...forward.values()].sort((a, b) => a.ref.localeCompare(b.ref)),
    npl: record.citations.flatMap((c) => (c.npl ? [c.npl] : [])),
  }
}

function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))]
}
