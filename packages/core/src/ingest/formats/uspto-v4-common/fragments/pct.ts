import { toIsoDate } from '../../../../model/document-id.js'
import type { PctData } from '../../../../model/patent.js'
import { path, text } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { childDocumentId } from './document-id.js'

/**
 * Adds `pct-or-regional-filing-data` (the PCT application and the 35 USC 371(c) date:
 * `us-371c124-date` on grants, `us-371c12-date` on applications) to `pct`.
 */
export function mapPctFiling(el: XmlElement, pct: PctData): void {
  const filing = childDocumentId(el, 'application')
  if (filing) {
    pct.filing = filing
  }
  const entry =
    toIsoDate(text(path(el, 'us-371c124-date/date'))) ??
    toIsoDate(text(path(el, 'us-371c12-date/date')))
  if (entry) {
    pct.nationalPhaseEntryDate = entry
  }
}

/** Adds `pct-or-regional-publishing-data` (the WO publication) to `pct`. */
export function mapPctPublishing(el: XmlElement, pct: PctData): void {
  const publication = childDocumentId(el, 'publication')
  if (publication) {
    pct.publication = publication
  }
}
