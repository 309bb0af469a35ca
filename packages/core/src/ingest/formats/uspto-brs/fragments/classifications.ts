import type { Classification } from '../../../../model/classification.js'
import { normalizeCpc } from '../../../../model/classification.js'
import { fieldText, type TaggedField } from '../../uspto-aps/tagged-lines.js'
import { defined } from '../../uspto-aps/us-text.js'

/**
 * Maps the classification lines. `IPCG` and `CPOG` carry everything on one line:
 * `IPCG 20060101 A H05K H05K9/00 F I B US H 20151201` (version, level, subclass, symbol,
 * position F/L, value I inventive / N additional, …) and
 * `CPOG H H05K H05K9/0066 20130101 F I 20151201 US` (section, subclass, symbol, version,
 * position, value I inventive / A additional, …). When a document has no such line, the short
 * forms `IPCP`/`IPCS` and `CPOI`/`CPOA` stand in. `CIFS`, `CFSC`, `FSCP` are the field of search.
 */
export function readClassifications(fields: readonly TaggedField[]): Classification[] {
  const out: Classification[] = []
  const seen = new Set<string>()
  const has = (code: string) => fields.some((f) => f.code === code)
  for (const f of fields) {
    const t = fieldText(f).split(' ')
    if (f.code === 'IPCG' && t.length >= 6) {
      add(out, seen, 'ipc', t[3], t[5] === 'N' ? 'additional' : 'inventive', t[0])
    } else if (f.code === 'CPOG' && t.length >= 6) {
      add(out, seen, 'cpc', t[2], t[5] === 'A' ? 'additional' : 'inventive', t[3])
    } else if ((f.code === 'IPCP' || f.code === 'IPCS') && !has('IPCG')) {
      add(out, seen, 'ipc', t[0], f.code === 'IPCP' ? 'inventive' : 'additional', t[1])
    } else if ((f.code === 'CPOI' || f.code === 'CPOA') && !has('CPOG')) {
      add(out, seen, 'cpc', t[0], f.code === 'CPOI' ? 'inventive' : 'additional', t[1])
    }
  }
  return out
}

function add(
  out: Classification[],
  seen: Set<string>,
  scheme: 'ipc' | 'cpc',
  raw: string | undefined,
  role: 'inventive' | 'additional',
  version: string | undefined,
): void {
  const symbol = raw ? normalizeCpc(raw) : undefined
  if (!symbol || seen.has(`${scheme}|${symbol}`)) {
    return
  }
  seen.add(`${scheme}|${symbol}`)
  out.push(defined<Classification>({ scheme, symbol, role, version: version || undefined }))
}
