import { normalizeCpc, type Classification } from '../../../../model/classification.js'
import type { JsonObject, LensReader } from '../lens-fields.js'

/** IPCR and CPC symbols (`C12Q1/6881`) with their inventive/additional value. */
export function classifications(r: LensReader, biblio: JsonObject | undefined): Classification[] {
  const out: Classification[] = []
  for (const [key, scheme] of [
    ['classifications_cpc', 'cpc'],
    ['classifications_ipcr', 'ipc'],
  ] as const) {
    const block = r.object(biblio, key, `biblio.${key}`)
    for (const c of r.objects(block, 'classifications', `biblio.${key}.classifications`)) {
      const raw = r.string(c, 'symbol')
      const symbol = normalizeCpc(raw)
      if (!symbol) {
        if (raw) {
          r.warn(`biblio.${key}`, `not a classification symbol: ${JSON.stringify(raw)}`)
        }
        continue
      }
      const entry: Classification = { scheme, symbol }
      const value = r.string(c, 'classification_value').toUpperCase()
      if (value === 'I' || value === 'A') {
        entry.role = value === 'I' ? 'inventive' : 'additional'
      }
      if (!out.some((o) => o.scheme === scheme && o.symbol === symbol)) {
        out.push(entry)
      }
    }
  }
  return out
}
