import { normalizeCpc, type Classification } from '../../../../model/classification.js'
import { child, children } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { prune, value } from './common.js'

/**
 * Reads `technical-information`: `classification-ipc` (primary and secondary `ipc`, edition) and
 * `classification-us` (primary and secondary `uspc` class/subclass, or `uspc-freeform`).
 */
export function readClassifications(tech: XmlElement | undefined): Classification[] {
  const out: Classification[] = []
  const ipc = child(tech, 'classification-ipc')
  const version = value(ipc, 'classification-ipc-edition')
  for (const el of children(ipc)) {
    const role = ROLES[el.name]
    const symbol = role ? normalizeCpc(value(el, 'ipc') ?? '') : undefined
    if (role && symbol) {
      out.push(prune({ scheme: 'ipc', symbol, role, version }))
    }
  }
  for (const el of children(child(tech, 'classification-us'))) {
    const role = ROLES[el.name]
    const uspc = child(el, 'uspc')
    const symbol = uspc
      ? uspcSymbol(value(uspc, 'class'), value(uspc, 'subclass'))
      : value(el, 'uspc-freeform')
    if (role && symbol) {
      out.push({ scheme: 'uspc', symbol, role })
    }
  }
  return out
}

const ROLES: Readonly<Record<string, 'main' | 'further'>> = {
  'classification-ipc-primary': 'main',
  'classification-ipc-secondary': 'further',
  'classification-us-primary': 'main',
  'classification-us-secondary': 'further',
}

/**
 * PAP writes USPC subclasses in six columns, three whole and three decimal:
 * `705` + `026000` → `705/26`, `002` + `069000` → `2/69`, `427` + `532600` → `427/532.6`.
 */
export function uspcSymbol(
  klass: string | undefined,
  subclass: string | undefined,
): string | undefined {
  const c = klass?.replace(/\s+/g, '').replace(/^0+(?=\d)/, '')
  const s = subclass?.replace(/\s+/g, '')
  if (!c || !s) {
    return undefined
  }
  const m = /^(\d{3})(\w{0,3})$/.exec(s)
  if (!m) {
    return `${c}/${s}`
  }
  const whole = m[1]!.replace(/^0+(?=\d)/, '')
  const rest = m[2]!.replace(/0+$/, '')
  const tail = rest === '' ? '' : /^\d+$/.test(rest) ? `.${rest}` : rest
  return `${c}/${whole}${tail}`
}
