import { readTaggedFields, type TaggedField } from './tagged-lines.js'

/** The record groups of an APS patent, each opened by a bare code line. */
export const APS_SECTIONS: ReadonlySet<string> = new Set([
  'PATN',
  'INVT',
  'ASSG',
  'PRIR',
  'REIS',
  'RLAP',
  'CLAS',
  'UREF',
  'FREF',
  'OREF',
  'LREP',
  'PCTA',
  'ABST',
  'GOVT',
  'PARN',
  'BSUM',
  'DRWD',
  'DETD',
  'CLMS',
  'DCLM',
])

/** One APS section (`INVT`, `UREF`…) with its fields, in document order. */
export interface ApsSection {
  readonly name: string
  readonly fields: readonly TaggedField[]
}

/**
 * Reads an APS document into its sections. A section may repeat (one `INVT` per inventor, one
 * `UREF` per citation). Fields before the first section land in a section named `''`.
 */
export function readApsSections(text: string): ApsSection[] {
  const sections: { name: string; fields: TaggedField[] }[] = []
  for (const field of readTaggedFields(text)) {
    const opens = APS_SECTIONS.has(field.code) && field.lines.every((l) => l.trim() === '')
    if (opens) {
      sections.push({ name: field.code, fields: [] })
      continue
    }
    let current = sections[sections.length - 1]
    if (!current) {
      current = { name: '', fields: [] }
      sections.push(current)
    }
    current.fields.push(field)
  }
  return sections
}

/** The sections named `name`, in document order. */
export function sectionsNamed(sections: readonly ApsSection[], name: string): ApsSection[] {
  return sections.filter((s) => s.name === name)
}

/** The fields of the first section named `name` (empty when absent). */
export function fieldsOf(sections: readonly ApsSection[], name: string): readonly TaggedField[] {
  return sections.find((s) => s.name === name)?.fields ?? []
}
