import { normalizeCpc, type Classification } from '../../../model/classification.js'

/**
 * Parses the fixed-layout text of an EPO/DOCDB `classification-ipcr` or `classification-cpc`:
 * symbol, version date, then three one-letter fields and the action date —
 * `B65D  51/18        20060101AFI20191003BHEP` (IPC: level A/C, position F/L, value I/N) or
 * `C07D 271/113       20130101 LI20200617BCEP` (CPC: blank, position F/L, value I/A).
 * `I` makes the symbol `inventive`; `N` (IPC) or `A` (CPC) `additional`.
 * Returns `undefined` when the text holds no symbol.
 *
 * @example parseClassificationText('B65D  51/18        20060101AFI20191003BHEP', 'ipc')
 * // { scheme: 'ipc', symbol: 'B65D 51/18', role: 'inventive', version: '20060101' }
 */
export function parseClassificationText(
  raw: string,
  scheme: 'ipc' | 'cpc',
): Classification | undefined {
  const m = /^\s*([A-HY]\d\d[A-Z])\s*(\d{1,4}\s*\/\s*\d{1,6})(?:\s+(\d{8})(.)?(.)?(.)?)?/.exec(raw)
  if (!m) {
    const bare = normalizeCpc(raw.trim())
    return bare ? { scheme, symbol: bare } : undefined
  }
  const symbol = normalizeCpc(`${m[1]}${(m[2] ?? '').replace(/\s+/g, '')}`)
  if (!symbol) {
    return undefined
  }
  const value = m[6]
  const role =
    value === 'I' ? 'inventive' : value === 'N' || value === 'A' ? 'additional' : undefined
  const out: Classification = { scheme, symbol }
  if (role) {
    out.role = role
  }
  if (m[3]) {
    out.version = m[3]
  }
  return out
}
