import { normalizeCpc, type Classification } from '../../../../model/classification.js'
import { child, children, descendant, rawText } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { pdat, prune } from './common.js'

/**
 * Reads `B510` (B511 main and B512 further IPC, B516 edition; a design patent's B511 holds its
 * Locarno class instead) and `B520` (B521 main and B522 further USPC). The field of search
 * (`B580`) is not a classification of the document and is left out.
 */
export function readClassifications(b500: XmlElement | undefined): Classification[] {
  const out: Classification[] = []
  const b510 = child(b500, 'B510')
  const edition = pdat(b510, 'B516')
  for (const el of children(b510).filter((e) => e.name === 'B511' || e.name === 'B512')) {
    const role = el.name === 'B511' ? 'main' : 'further'
    const raw = rawValue(el)
    const locarno = locarnoSymbol(raw)
    if (locarno) {
      out.push(prune({ scheme: 'locarno', symbol: locarno, role, version: edition }))
      continue
    }
    const ipc = ipcSymbol(raw)
    if (ipc) {
      out.push(prune({ scheme: 'ipc', symbol: ipc, role, version: edition }))
    }
  }
  const b520 = child(b500, 'B520')
  for (const el of children(b520).filter((e) => /^B52[12](US)?$/.test(e.name))) {
    const symbol = uspcSymbol(rawValue(el))
    if (symbol) {
      out.push({ scheme: 'uspc', symbol, role: el.name === 'B521' ? 'main' : 'further' })
    }
  }
  return out
}

/** The `PDAT` value with its internal and leading spacing kept: the columns carry meaning. */
function rawValue(el: XmlElement): string {
  return rawText(descendant(el, 'PDAT') ?? el)
    .replace(/^\s*[\r\n]/, '')
    .replace(/\s+$/, '')
}

/** Locarno `1402` → `14-02` (designs print class and subclass as four digits). */
export function locarnoSymbol(raw: string): string | undefined {
  const digits = raw.replace(/[\s-]/g, '')
  if (!/^\d{3,4}$/.test(digits)) {
    return undefined
  }
  const d = digits.padStart(4, '0')
  return `${d.slice(0, 2)}-${d.slice(2)}`
}

/**
 * ST.32 IPC `G06F 1516`, `A47L  514`, `B32B302` → `G06F 15/16`, `A47L 5/14`, `B32B 3/02`.
 * After the subclass comes the main group right-aligned in three columns and the subgroup; where
 * the padding was lost (reformatted files) the last two digits are the subgroup.
 */
export function ipcSymbol(raw: string): string | undefined {
  const m = /^([A-HY]\d\d[A-Z])(.*)$/.exec(raw.toUpperCase())
  if (!m) {
    return undefined
  }
  const rest = (m[2] ?? '').replace(/\s+$/, '')
  const fixed = /^([\s\d]{3})(\d{2,})$/.exec(rest)
  if (fixed && /\d/.test(fixed[1]!)) {
    return normalizeCpc(`${m[1]}${fixed[1]!.trim()}/${fixed[2]}`)
  }
  const digits = rest.replace(/\s/g, '')
  if (!/^\d{3,}$/.test(digits)) {
    return normalizeCpc(m[1]!)
  }
  return normalizeCpc(`${m[1]}${digits.slice(0, -2)}/${digits.slice(-2)}`)
}

/**
 * ST.32 USPC: class in three columns, subclass in three, then decimals: `709202` → `709/202`,
 * ` 15328` → `15/328`, `4304951` → `430/495.1`, `D14480` → `D14/480`, `428 641` → `428/641`.
 * Shorter values lost their leading padding and are re-padded.
 */
export function uspcSymbol(raw: string): string | undefined {
  const s = raw.replace(/\s+$/, '')
  if (!/^[\sA-Z\d.]{3,}$/i.test(s)) {
    return undefined
  }
  const padded = s.length < 6 ? s.padStart(6, ' ') : s
  const klass = padded
    .slice(0, 3)
    .replace(/\s+/g, '')
    .replace(/^0+(?=\d)/, '')
  const sub = padded
    .slice(3, 6)
    .trim()
    .replace(/^0+(?=\d)/, '')
  const extra = padded.slice(6).trim()
  if (!klass || !sub) {
    return undefined
  }
  const tail = /^\d+$/.test(extra) ? `.${extra}` : extra
  return `${klass}/${sub}${tail}`
}
