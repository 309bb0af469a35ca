import { toIsoDate } from '../../../../model/document-id.js'
import type { PctData } from '../../../../model/patent.js'
import { child, path } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { applicationId, pdat, prune, publicationId, readDoc } from './common.js'

/**
 * Reads `B800`, the PCT data of a national-phase patent: B861 the international application,
 * B863 the 371(c) date (or B864US, the 102(e) date, which equals it for these years) and B871 the
 * international publication. `undefined` when the patent did not enter from a PCT application.
 */
export function readPct(sdobi: XmlElement | undefined): PctData | undefined {
  const b800 = child(sdobi, 'B800')
  if (!b800) {
    return undefined
  }
  const filing = applicationId(readDoc(path(b800, 'B860/B861/DOC')), 'WO')
  const publication = publicationId(readDoc(path(b800, 'B870/B871/DOC')), 'WO')
  const entry = pdat(b800, 'B860/B863') ?? pdat(b800, 'B860/B864US')
  const pct: PctData = prune({ filing, publication, nationalPhaseEntryDate: toIsoDate(entry) })
  return Object.keys(pct).length > 0 ? pct : undefined
}
