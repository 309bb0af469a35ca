import type { TermData } from '../../../../model/patent.js'
import { child, path } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { integer, pdat, prune } from './common.js'

/**
 * Reads the term of grant, `B400/B472`: B474 length in years (design patents: 14), B474US term
 * extension in days, B473US the terminal-disclaimer flag. `undefined` when none is printed.
 */
export function readTerm(sdobi: XmlElement | undefined): TermData | undefined {
  const b472 = path(sdobi, 'B400/B472')
  if (!b472) {
    return undefined
  }
  const lengthYears = integer(pdat(b472, 'B474'))
  const term: TermData = prune({
    lengthYears: lengthYears && lengthYears > 0 ? lengthYears : undefined,
    extensionDays: integer(pdat(b472, 'B474US')),
    terminalDisclaimer: child(b472, 'B473US') ? true : undefined,
  })
  return Object.keys(term).length > 0 ? term : undefined
}
