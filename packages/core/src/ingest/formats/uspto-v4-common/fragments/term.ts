import type { TermData } from '../../../../model/patent.js'
import { text } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { parseCount, prune, type MapContext } from '../context.js'

/**
 * Maps `us-term-of-grant`: `us-term-extension` (days of patent term adjustment),
 * `disclaimer` (a terminal disclaimer, with its printed text) and `length-of-grant`
 * (design patents: 14 or 15 years). Returns `undefined` when nothing usable is there.
 */
export function mapTerm(el: XmlElement, ctx: MapContext): TermData | undefined {
  const term: TermData = {}
  for (const c of el.children) {
    if (typeof c === 'string') {
      continue
    }
    switch (c.name) {
      case 'us-term-extension': {
        const days = parseCount(text(c))
        if (days === undefined) {
          ctx.warn('us-term-of-grant/us-term-extension', `not a number of days: "${text(c)}"`)
        } else {
          term.extensionDays = days
        }
        break
      }
      case 'disclaimer': {
        term.terminalDisclaimer = true
        const printed = text(c)
        if (printed) {
          term.disclaimerText = printed
        }
        break
      }
      case 'length-of-grant': {
        const years = parseCount(text(c))
        if (years) {
          term.lengthYears = years
        }
        break
      }
      default:
        break
    }
  }
  const pruned = prune(term)
  return Object.keys(pruned).length > 0 ? pruned : undefined
}
