import { z } from 'zod'

export const ClassificationScheme = z.enum(['cpc', 'ipc', 'uspc', 'locarno', 'fi', 'fterm'])
export type ClassificationScheme = z.infer<typeof ClassificationScheme>

/** One classification symbol, normalised (`G06N 3/08`, `348/E5.022`, `14-02`). */
export const Classification = z.object({
  scheme: ClassificationScheme,
  symbol: z.string().min(1),
  /** `inventive`/`additional` (CPC, IPC), or `main`/`further` (USPC, IPC before 2006). */
  role: z.enum(['inventive', 'additional', 'main', 'further']).optional(),
  /** Scheme version or edition as given (`20130101`, `8`). */
  version: z.string().optional(),
})
export type Classification = z.infer<typeof Classification>

/**
 * Normalises a CPC/IPC symbol from its many spellings to `SECTION-CLASS-SUBCLASS GROUP/SUBGROUP`:
 * `G06N3/08`, `G06N 3/08`, `G06N   3/08`, `G06N0003080000`, `H04L  29/06  ` → `G06N 3/08`.
 * Returns `undefined` for text that is not a CPC/IPC symbol.
 *
 * @example normalizeCpc('G06N0003080000') // 'G06N 3/08'
 */
export function normalizeCpc(raw: string): string | undefined {
  const s = raw.replace(/\s+/g, '').toUpperCase()
  // Fixed-width DOCDB/EPO form: G06N0003080000 (4 + 4 + 6 digits).
  const fixed = /^([A-HY]\d\d[A-Z])(\d{4})(\d{2,6})$/.exec(s)
  if (fixed) {
    const group = String(Number(fixed[2]))
    const sub = (fixed[3] ?? '').replace(/0+$/, '').padEnd(2, '0')
    return `${fixed[1]} ${group}/${sub}`
  }
  const m = /^([A-HY]\d\d[A-Z])(\d{1,4})\/(\d{1,6})$/.exec(s)
  if (m) {
    return `${m[1]} ${Number(m[2])}/${m[3]}`
  }
  const sub = /^([A-HY]\d\d[A-Z])(\d{1,4})?$/.exec(s)
  if (sub) {
    return sub[2] ? `${sub[1]} ${Number(sub[2])}` : sub[1]
  }
  return undefined
}

/**
 * Builds a CPC/IPC symbol from the parts USPTO and WIPO XML give separately
 * (section, class, subclass, main-group, subgroup).
 */
export function cpcFromParts(parts: {
  section?: string
  class?: string
  subclass?: string
  mainGroup?: string
  subgroup?: string
}): string | undefined {
  const { section, subclass, mainGroup, subgroup } = parts
  const klass = parts.class
  if (!section || !klass || !subclass) {
    return undefined
  }
  const head = `${section.trim()}${klass.trim().padStart(2, '0')}${subclass.trim()}`
  if (!mainGroup) {
    return normalizeCpc(head)
  }
  return normalizeCpc(`${head}${mainGroup.trim()}/${(subgroup ?? '00').trim()}`)
}
