import { cpcFromParts, type Classification } from '../../../../model/classification.js'
import { child, children, rawText, text } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { prune, type MapContext } from '../context.js'
import { normalizeIpcText, normalizeLocarno, normalizeUspc } from './symbols.js'

/** Collects classifications once each (by scheme and symbol), in document order. */
export class ClassificationList {
  /** The classifications added so far, in document order. */
  readonly items: Classification[] = []
  readonly #seen = new Set<string>()

  /** Adds a classification unless the same scheme and symbol is already there. */
  add(c: Classification): void {
    const key = `${c.scheme} ${c.symbol}`
    if (!this.#seen.has(key)) {
      this.#seen.add(key)
      this.items.push(prune(c))
    }
  }
}

const VALUE_ROLES: Readonly<Record<string, Classification['role']>> = {
  I: 'inventive',
  A: 'additional',
}

/** One `classification-ipcr` or `classification-cpc` element, from its parts. */
function fromParts(
  el: XmlElement,
  scheme: 'ipc' | 'cpc',
  versionEl: string,
  ctx: MapContext,
): Classification | undefined {
  const part = (name: string): string | undefined => text(child(el, name)) || undefined
  const symbol = cpcFromParts({
    section: part('section'),
    class: part('class'),
    subclass: part('subclass'),
    mainGroup: part('main-group'),
    subgroup: part('subgroup'),
  })
  if (!symbol) {
    ctx.warn(`classification-${scheme}`, `not a symbol: "${text(el).slice(0, 40)}"`)
    return undefined
  }
  return {
    scheme,
    symbol,
    role: VALUE_ROLES[part('classification-value') ?? ''],
    version: text(child(child(el, versionEl), 'date')) || undefined,
  }
}

/** Maps `classifications-ipcr/classification-ipcr` (IPC 8, role from `classification-value`). */
export function mapIpcr(el: XmlElement, list: ClassificationList, ctx: MapContext): void {
  for (const c of children(el, 'classification-ipcr')) {
    const mapped = fromParts(c, 'ipc', 'ipc-version-indicator', ctx)
    if (mapped) {
      list.add(mapped)
    }
  }
}

/**
 * Maps `classifications-cpc`: `main-cpc` and `further-cpc` symbols and the symbols of their
 * combination sets. Role comes from `classification-value` (`I` inventive, `A` additional).
 */
export function mapCpc(el: XmlElement, list: ClassificationList, ctx: MapContext): void {
  const walk = (node: XmlElement): void => {
    for (const c of children(node)) {
      if (c.name === 'classification-cpc') {
        const mapped = fromParts(c, 'cpc', 'cpc-version-indicator', ctx)
        if (mapped) {
          list.add(mapped)
        }
      } else if (c.name !== 'classification-cpc-text') {
        walk(c)
      }
    }
  }
  walk(el)
}

/**
 * Maps the text forms with `main-classification` / `further-classification`:
 * `classification-ipc` (IPC 7, `edition` as version), `classification-national` (USPC) and
 * `classification-locarno` (designs, `edition` as version). Roles are `main` and `further`.
 */
export function mapTextClassification(
  el: XmlElement,
  scheme: 'ipc' | 'uspc' | 'locarno',
  list: ClassificationList,
  ctx: MapContext,
): void {
  const normalize =
    scheme === 'ipc' ? normalizeIpcText : scheme === 'uspc' ? normalizeUspc : normalizeLocarno
  const version = text(child(el, 'edition')) || undefined
  for (const c of children(el)) {
    const role =
      c.name === 'main-classification'
        ? 'main'
        : c.name === 'further-classification'
          ? 'further'
          : undefined
    if (!role) {
      continue
    }
    // USPC is fixed-width: its spacing carries meaning, so read it unnormalised.
    const printed = scheme === 'uspc' ? rawText(c) : text(c)
    const symbol = normalize(printed)
    if (symbol) {
      list.add({ scheme, symbol, role, version })
    } else if (printed.trim() && !/^\s*none\s*$/i.test(printed)) {
      ctx.warn(`${el.name}/${c.name}`, `not a ${scheme} symbol: "${printed.trim()}"`)
    }
  }
}
