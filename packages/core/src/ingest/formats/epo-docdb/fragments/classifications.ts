import {
  cpcFromParts,
  normalizeCpc,
  type Classification,
} from '../../../../model/classification.js'
import { child, children, text } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { parseClassificationText } from '../../office-xml-common/ipcr-text.js'
import type { MapContext } from '../../uspto-v4-common/context.js'
import { ClassificationList } from '../../uspto-v4-common/fragments/classifications.js'
import { normalizeIpcText } from '../../uspto-v4-common/fragments/symbols.js'

/** `patent-classification`: a CPC symbol (`classification-symbol`, or OPS's section/class parts). */
function patentClassification(el: XmlElement): Classification | undefined {
  const scheme = child(el, 'classification-scheme')?.attrs.scheme ?? ''
  if (!/^CPC/i.test(scheme)) {
    return undefined
  }
  const printed = text(child(el, 'classification-symbol'))
  const part = (n: string): string | undefined => text(child(el, n)) || undefined
  const symbol = printed
    ? normalizeCpc(printed)
    : cpcFromParts({
        section: part('section'),
        class: part('class'),
        subclass: part('subclass'),
        mainGroup: part('main-group'),
        subgroup: part('subgroup'),
      })
  if (!symbol) {
    return undefined
  }
  const value = part('classification-value')
  const out: Classification = { scheme: 'cpc', symbol }
  if (value === 'I' || value === 'A') {
    out.role = value === 'I' ? 'inventive' : 'additional'
  }
  const version = text(child(child(el, 'classification-scheme'), 'date'))
  if (version) {
    out.version = version
  }
  return out
}

/** Maps IPC 7 (`classification-ipc`), IPCR (`classifications-ipcr`) and CPC (`patent-classifications`). */
export function mapDocdbClassifications(
  biblio: XmlElement | undefined,
  ctx: MapContext,
): Classification[] {
  const list = new ClassificationList()
  const ipc = child(biblio, 'classification-ipc')
  if (ipc) {
    const edition = text(child(ipc, 'edition')) || undefined
    for (const c of children(ipc)) {
      if (c.name === 'main-classification' || c.name === 'further-classification') {
        const symbol = normalizeIpcText(
          text(c)
            .replace(/^\s*\d+\s*/, '')
            .replace(/\s+[A-Z]$/, '')
            .replace(/\s+/, ''),
        )
        if (symbol) {
          list.add({
            scheme: 'ipc',
            symbol,
            role: c.name === 'main-classification' ? 'main' : 'further',
            version: edition,
          })
        }
      }
    }
  }
  for (const c of children(child(biblio, 'classifications-ipcr'), 'classification-ipcr')) {
    const parsed = parseClassificationText(text(child(c, 'text')) || text(c), 'ipc')
    if (parsed) {
      list.add(parsed)
    } else {
      ctx.warn('classifications-ipcr', `not an IPC symbol: "${text(c).slice(0, 40)}"`)
    }
  }
  for (const c of children(child(biblio, 'patent-classifications'), 'patent-classification')) {
    const parsed = patentClassification(c)
    if (parsed) {
      list.add(parsed)
    }
  }
  return list.items
}
