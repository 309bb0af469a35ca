import { computeFamilies, type FamilyInput } from './compute-families.js'

/** A publication with both a DOCDB family id from its source and its family keys. */
export interface AgreementInput extends FamilyInput {
  readonly docdbFamily: string
}

/** Two publications on which the DOCDB and the computed simple families disagree. */
export interface FamilyDisagreement {
  readonly a: string
  readonly b: string
  readonly sameDocdb: boolean
  readonly sameComputed: boolean
}

/**
 * Compares DOCDB simple families with locally computed ones on publications that have both: two
 * publications share a DOCDB family exactly when they share a computed simple family. Returns every
 * pair that breaks this (empty when they agree). Quadratic within the input: meant for checks over
 * a source's records, not for whole databases.
 */
export function familyDisagreements(inputs: readonly AgreementInput[]): FamilyDisagreement[] {
  const computed = computeFamilies(inputs)
  const out: FamilyDisagreement[] = []
  for (let i = 0; i < inputs.length; i++) {
    for (let j = i + 1; j < inputs.length; j++) {
      const a = inputs[i]!
      const b = inputs[j]!
      const sameDocdb = a.docdbFamily === b.docdbFamily
      const sameComputed = computed.get(a.id)?.simple === computed.get(b.id)?.simple
      if (sameDocdb !== sameComputed) {
        out.push({ a: a.id, b: b.id, sameDocdb, sameComputed })
      }
    }
  }
  return out
}
