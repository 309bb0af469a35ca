import { normalizeCpc, type Classification } from '../../../../model/classification.js'
import type { FieldReader, JsonObject } from '../../../json/field-reader.js'

/**
 * `cpc` and `ipc` (`[{code, inventive, first, tree}]`), `uspc`, `fi`, `fterm`, `locarno`
 * (`[{code}]`). CPC/IPC symbols are normalised; the others are kept as written.
 */
export function classifications(r: FieldReader, obj: JsonObject): Classification[] {
  const out: Classification[] = []
  for (const scheme of ['cpc', 'ipc'] as const) {
    r.objects(obj, scheme).forEach((c, i) => {
      const raw = r.string(c, 'code', `${scheme}[${i}].code`)
      const symbol = normalizeCpc(raw)
      if (!symbol) {
        if (raw) {
          r.warn(
            `${scheme}[${i}].code`,
            `not a ${scheme.toUpperCase()} symbol: ${JSON.stringify(raw)}`,
          )
        }
        return
      }
      const role =
        c.inventive === true ? 'inventive' : c.inventive === false ? 'additional' : undefined
      out.push(role ? { scheme, symbol, role } : { scheme, symbol })
    })
  }
  for (const scheme of ['uspc', 'fi', 'fterm', 'locarno'] as const) {
    for (const c of r.objects(obj, scheme)) {
      const symbol = r.string(c, 'code')
      if (symbol) {
        out.push({ scheme, symbol })
      }
    }
  }
  return out
}
