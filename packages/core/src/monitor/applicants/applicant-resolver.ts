import { distance } from 'fastest-levenshtein'
import { applicantKey, keyTokens } from './applicant-key.js'
import type { AliasEntity, AliasesFile } from './aliases.js'

/** How a name was assigned to its entity, shown to users so a grouping can be checked. */
export type ApplicantMatch = 'alias' | 'key' | 'subsidiary-rule' | 'similar' | 'new'

/** The entity of one applicant name. */
export interface ApplicantEntityRef {
  /** Entity id: an aliases-file id (`nvidia`) or `auto:<key>` for a clustered name. */
  readonly entity: string
  /** The top of the parent chain (the entity itself when it has no parent). */
  readonly root: string
  readonly key: string
  readonly how: ApplicantMatch
}

/**
 * Words that may follow a parent's name in a subsidiary's name ("NVIDIA International",
 * "Nvidia Technology UK", "Huawei Device"): a name made of a known entity's key plus only these
 * words is grouped under that entity.
 */
const SUBSIDIARY_WORDS = new Set([
  'international',
  'technology',
  'technologies',
  'tech',
  'research',
  'labs',
  'lab',
  'investment',
  'investments',
  'device',
  'devices',
  'software',
  'systems',
  'services',
  'global',
  'usa',
  'us',
  'america',
  'americas',
  'uk',
  'europe',
  'eu',
  'china',
  'japan',
  'korea',
  'india',
  'germany',
  'denmark',
  'france',
  'israel',
  'canada',
  'singapore',
  'taiwan',
  'hk',
  'hong',
  'kong',
  'shenzhen',
  'shanghai',
  'beijing',
  'robotics',
  'electronics',
  'cloud',
  'computing',
  'ventures',
  'north',
  'asia',
  'pacific',
  'ireland',
  'netherlands',
])

/** Minimum similarity (1 − edit distance / longer length) to cluster two keys. */
export const SIMILARITY_THRESHOLD = 0.88
/** Keys shorter than this are only grouped when equal (short names collide too easily). */
const MIN_FUZZY_LENGTH = 6

/**
 * Assigns applicant names to entities: aliases-file spellings first, then equal keys
 * (legal form, punctuation and case folded away), then the subsidiary rule, then near-identical
 * keys (edit-distance similarity ≥ `SIMILARITY_THRESHOLD` within names sharing a first token).
 * Incremental: `assign` remembers each new key, so later spellings cluster with earlier ones;
 * assigning the same names in the same order always gives the same entities.
 */
export class ApplicantResolver {
  readonly version: string
  readonly #entities = new Map<string, AliasEntity>()
  readonly #byKey = new Map<string, ApplicantEntityRef>()
  readonly #byFirstToken = new Map<string, string[]>()

  constructor(aliases: AliasesFile) {
    this.version = aliases.version
    for (const entity of aliases.entities) {
      this.#entities.set(entity.id, entity)
    }
    for (const entity of aliases.entities) {
      for (const name of [entity.name, ...entity.names]) {
        const key = applicantKey(name)
        if (key !== '') {
          this.#remember({ entity: entity.id, root: this.rootOf(entity.id), key, how: 'alias' })
        }
      }
    }
  }

  /** A copy that shares the aliases but learns names on its own. */
  clone(): ApplicantResolver {
    const copy = new ApplicantResolver({ version: this.version, entities: [] })
    for (const [id, entity] of this.#entities) {
      copy.#entities.set(id, entity)
    }
    for (const ref of this.#byKey.values()) {
      copy.#remember(ref)
    }
    return copy
  }

  /** Teaches a stored assignment (from the applicant index) without resolving it again. */
  seed(ref: ApplicantEntityRef): void {
    this.#remember(ref)
  }

  /** The aliases-file entity with this id. */
  aliasEntity(id: string): AliasEntity | undefined {
    return this.#entities.get(id)
  }

  /** Every aliases-file entity. */
  aliasEntities(): AliasEntity[] {
    return [...this.#entities.values()]
  }

  /** The top of the parent chain of an entity id (itself for `auto:` ids and roots). */
  rootOf(id: string): string {
    let at = this.#entities.get(id)
    while (at?.parent !== undefined && this.#entities.has(at.parent)) {
      at = this.#entities.get(at.parent)
    }
    return at?.id ?? id
  }

  /** Ids of an entity and every entity below it in the aliases file. */
  descendants(id: string): string[] {
    const out = [id]
    for (const entity of this.#entities.values()) {
      if (entity.id !== id && this.#ancestors(entity.id).includes(id)) {
        out.push(entity.id)
      }
    }
    return out
  }

  /**
   * The entity of a name without remembering it (for queries: `pa:nvidia`, `--applicant NVIDIA`).
   * `undefined` when the name is made only of legal-form words.
   */
  lookup(name: string): ApplicantEntityRef | undefined {
    const key = applicantKey(name)
    return key === '' ? undefined : this.#resolveKey(key)
  }

  /** The entity of a name, remembered so that later near-identical names join it. */
  assign(name: string): ApplicantEntityRef {
    const key = applicantKey(name) || name.trim().toLowerCase()
    const ref = this.#resolveKey(key)
    if (!this.#byKey.has(key)) {
      this.#remember(ref)
    }
    return ref
  }

  #resolveKey(key: string): ApplicantEntityRef {
    const known = this.#byKey.get(key)
    if (known) {
      return known.key === key && known.how !== 'alias' ? { ...known, how: 'key' } : known
    }
    const tokens = keyTokens(key)
    const first = tokens[0] ?? key
    const parent = this.#byKey.get(first)
    if (tokens.length > 1 && parent && tokens.slice(1).every((t) => SUBSIDIARY_WORDS.has(t))) {
      return { entity: `auto:${key}`, root: parent.root, key, how: 'subsidiary-rule' }
    }
    if (key.length >= MIN_FUZZY_LENGTH) {
      let best: ApplicantEntityRef | undefined
      let bestScore = SIMILARITY_THRESHOLD
      for (const other of this.#byFirstToken.get(blockOf(key)) ?? []) {
        const longer = Math.max(other.length, key.length)
        const score = 1 - distance(other, key) / longer
        if (score >= bestScore && other.length >= MIN_FUZZY_LENGTH) {
          bestScore = score
          best = this.#byKey.get(other)
        }
      }
      if (best) {
        return { entity: best.entity, root: best.root, key, how: 'similar' }
      }
    }
    return { entity: `auto:${key}`, root: `auto:${key}`, key, how: 'new' }
  }

  #remember(ref: ApplicantEntityRef): void {
    if (this.#byKey.has(ref.key)) {
      return
    }
    this.#byKey.set(ref.key, ref)
    const block = blockOf(ref.key)
    const list = this.#byFirstToken.get(block)
    if (list) {
      list.push(ref.key)
    } else {
      this.#byFirstToken.set(block, [ref.key])
    }
  }

  #ancestors(id: string): string[] {
    const out: string[] = []
    for (let at = this.#entities.get(id); at?.parent !== undefined;) {
      out.push(at.parent)
      at = this.#entities.get(at.parent)
    }
    return out
  }
}

/** Names are compared within a block: the first three characters of the key. */
function blockOf(key: string): string {
  return key.slice(0, 3)
}
