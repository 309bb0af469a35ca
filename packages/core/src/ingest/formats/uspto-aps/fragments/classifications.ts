import type { Classification } from '../../../../model/classification.js'
import { normalizeCpc } from '../../../../model/classification.js'
import type { ApsSection } from '../sections.js'
import { sectionsNamed } from '../sections.js'
import { valueOf } from '../tagged-lines.js'
import { defined } from '../us-text.js'

/**
 * A USPC symbol from the APS fixed-width form: three columns of class, three of subclass, then
 * the subclass's decimal or alpha tail. `224 4207` → `224/42.07`, `179  2DD` → `179/2DD`,
 * `340172.5` → `340/172.5`, `214450` → `214/450`.
 */
export function apsUspc(raw: string): string | undefined {
  const s = raw.replace(/\s+$/, '')
  if (s.includes('/')) {
    return s.replace(/\s+/g, '') || undefined
  }
  const klass = s
    .slice(0, 3)
    .trim()
    .replace(/^0+(?=\w)/, '')
  const main = s
    .slice(3, 6)
    .trim()
    .replace(/^0+(?=\w)/, '')
  let tail = s.slice(6).replace(/\s+/g, '')
  if (/^\d/.test(tail)) {
    tail = `.${tail}`
  }
  return klass && main ? `${klass}/${main}${tail}` : undefined
}

/**
 * An IPC symbol from the APS fixed-width form: four columns of subclass, three of main group,
 * then the subgroup. `B60R  900` → `B60R 9/00`, `G01G 1904` → `G01G 19/04`.
 */
export function apsIpc(raw: string): string | undefined {
  const s = raw.replace(/\s+$/, '')
  if (s.includes('/')) {
    return normalizeCpc(s)
  }
  const group = s.slice(4, 7).trim()
  if (!group) {
    return normalizeCpc(s.slice(0, 4))
  }
  return normalizeCpc(`${s.slice(0, 4)}${group}/${s.slice(7).trim() || '00'}`)
}

/**
 * Maps `CLAS`: `OCL` (original US class, main), `XCL` (cross-reference classes, further) and
 * `ICL` (IPC; the first is the main symbol) with the IPC edition `EDF`. The field-of-search
 * entries `FSC`/`FSS` classify the search, not the patent, and are left out.
 */
export function readClassifications(sections: readonly ApsSection[]): Classification[] {
  const out: Classification[] = []
  const seen = new Set<string>()
  for (const s of sectionsNamed(sections, 'CLAS')) {
    const edition = valueOf(s.fields, 'EDF')
    let ipcCount = 0
    for (const f of s.fields) {
      // Fixed-width values start in column 5: drop the one space the code's separator leaves.
      const raw = (f.lines[0] ?? '').replace(/^ /, '')
      if (f.code === 'OCL' || f.code === 'XCL') {
        add(out, seen, { scheme: 'uspc', symbol: apsUspc(raw), role: roleOf(f.code) })
      } else if (f.code === 'ICL') {
        const role = ipcCount++ === 0 ? 'main' : 'further'
        add(out, seen, { scheme: 'ipc', symbol: apsIpc(raw), role, version: edition })
      }
    }
  }
  return out
}

function roleOf(code: string): 'main' | 'further' {
  return code === 'OCL' ? 'main' : 'further'
}

function add(
  out: Classification[],
  seen: Set<string>,
  c: Omit<Classification, 'symbol'> & { symbol: string | undefined },
): void {
  if (!c.symbol) {
    return
  }
  const key = `${c.scheme}|${c.symbol}`
  if (!seen.has(key)) {
    seen.add(key)
    out.push(defined({ ...c, symbol: c.symbol }))
  }
}
