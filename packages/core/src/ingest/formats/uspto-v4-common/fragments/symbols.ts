import { normalizeCpc } from '../../../../model/classification.js'

/**
 * Normalises a USPC symbol from USPTO's fixed-width form (3 characters of class, 3 of subclass,
 * then a decimal extension or letters) to `CLASS/SUBCLASS`: `  2 16` → `2/16`,
 * `180 65245` → `180/65.245`, ` 24 305 S` → `24/30.5S`, `D 2866` → `D2/866`,
 * `257E21006` → `257/E21.006`, `116DIG 17` → `116/DIG 17`, ranges `2504931-504 R` →
 * `250/493.1-504R`. Text already in `CLASS/SUBCLASS` form is only stripped of spaces.
 * Returns `undefined` for empty text and `None`.
 *
 * @example normalizeUspc(' 24129 R') // '24/129R'
 */
export function normalizeUspc(raw: string): string | undefined {
  const s = raw.replace(/\s+$/, '').replace(/^\s*\n/, '')
  if (s.trim() === '' || /^\s*none\s*$/i.test(s)) {
    return undefined
  }
  if (s.includes('/')) {
    return s.trim().replace(/\s+/g, '')
  }
  const [first = '', ...rest] = s.split('-')
  const klass = first
    .slice(0, 3)
    .replace(/\s+/g, '')
    .replace(/^0+(?=\d)/, '')
  const subclasses = [first.slice(3), ...rest].map(subclass)
  if (!klass || subclasses.some((x) => x === '')) {
    return undefined
  }
  return `${klass}/${subclasses.join('-')}`
}

/** One fixed-width subclass: 3 characters, then decimal digits or letters. */
function subclass(raw: string): string {
  const compact = raw.replace(/\s+/g, '')
  const special = /^(DIG|FOR)0*(\d+)(.*)$/.exec(compact)
  if (special) {
    return `${special[1]} ${special[2]}${special[3]}`
  }
  const eSub = /^E(\d+)$/.exec(compact)
  if (eSub) {
    // Electronic subclasses: E + group + 3-digit decimal (`E21006` = E21.006).
    const digits = eSub[1] ?? ''
    return digits.length > 3 ? `E${digits.slice(0, -3)}.${digits.slice(-3)}` : `E${digits}`
  }
  const padded = raw.length < 3 ? raw.padStart(3) : raw
  const main = padded
    .slice(0, 3)
    .replace(/\s+/g, '')
    .replace(/^0+(?=\d)/, '')
  const tail = padded.slice(3).replace(/\s+/g, '')
  const m = /^(\d*)(.*)$/.exec(tail)
  const decimals = (m?.[1] ?? '').replace(/0+$/, '')
  const letters = m?.[2] ?? ''
  return `${main}${decimals ? `.${decimals}` : ''}${letters}`
}

/**
 * Normalises an IPC symbol in the text form of the 2004–2005 DTDs (`classification-ipc`):
 * slash form `A41D013/00` or fixed width `A43B 1314` (4 characters of subclass, 3 of main group,
 * then the subgroup) → `A43B 13/14`.
 *
 * @example normalizeIpcText('H01L 21302') // 'H01L 21/302'
 */
export function normalizeIpcText(raw: string): string | undefined {
  const s = raw.trim().toUpperCase()
  if (s.includes('/')) {
    return normalizeCpc(s)
  }
  const m = /^([A-H]\d\d[A-Z])(.{3})(\d*)\s*$/.exec(s.padEnd(7))
  if (!m) {
    return normalizeCpc(s)
  }
  const group = (m[2] ?? '').trim()
  if (!group) {
    return normalizeCpc(m[1] ?? '')
  }
  return normalizeCpc(`${m[1]}${group}/${(m[3] ?? '').padEnd(2, '0')}`)
}

/**
 * Normalises a Locarno class (designs) from `0101` or `01-01` to `01-01`.
 *
 * @example normalizeLocarno('2302') // '23-02'
 */
export function normalizeLocarno(raw: string): string | undefined {
  const m = /^\s*(\d{1,2})\s*[-./]?\s*(\d{2})\s*$/.exec(raw)
  if (!m) {
    return undefined
  }
  return `${(m[1] ?? '').padStart(2, '0')}-${m[2]}`
}
