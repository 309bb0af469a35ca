import type { Citation } from '../../../model/citation.js'
import type { DocumentId } from '../../../model/document-id.js'
import { emptyParties, type PctData, type TermData } from '../../../model/patent.js'
import type { Parties } from '../../../model/party.js'
import type { PriorityClaim } from '../../../model/priority-claim.js'
import type { RelatedDocument } from '../../../model/related-document.js'
import type { Classification } from '../../../model/classification.js'
import type { LocalizedText } from '../../../model/text.js'
import { child, text } from '../../xml/query.js'
import type { XmlElement } from '../../xml/tree.js'
import { parseCount, type MapContext } from './context.js'
import { mapCitations } from './fragments/citations.js'
import {
  ClassificationList,
  mapCpc,
  mapIpcr,
  mapTextClassification,
} from './fragments/classifications.js'
import { readApplication, readPublication, type PublicationRef } from './fragments/numbers.js'
import { mapAssignees, mapExaminers, mapParties } from './fragments/parties.js'
import { mapPctFiling, mapPctPublishing } from './fragments/pct.js'
import { mapPriorityClaims } from './fragments/priority-claims.js'
import { mapRelatedDocuments } from './fragments/related-documents.js'
import { mapTerm } from './fragments/term.js'
import { mapTitle } from './fragments/text.js'

/** Everything `us-bibliographic-data-grant` / `-application` holds, mapped to model parts. */
export interface Biblio {
  readonly publication: PublicationRef
  readonly application?: DocumentId
  /** `application-reference/@appl-type` as printed. */
  readonly applType?: string
  readonly priorityClaims: PriorityClaim[]
  readonly titles: LocalizedText[]
  readonly parties: Parties
  readonly classifications: Classification[]
  readonly citations: Citation[]
  readonly relatedDocuments: RelatedDocument[]
  readonly term?: TermData
  readonly pct?: PctData
  readonly claimCount?: number
  readonly figureCount?: number
}

/**
 * Maps the bibliographic block in one pass over its children, one section mapper each.
 * `fallbackDate` is the root's `date-publ`, used when `publication-reference` has no date.
 */
export function mapBiblio(
  biblio: XmlElement,
  fallbackDate: string | undefined,
  ctx: MapContext,
): Biblio {
  let publication: PublicationRef = {}
  let applicationEl: XmlElement | undefined
  let seriesCode: string | undefined
  let term: TermData | undefined
  let claimCount: number | undefined
  let figureCount: number | undefined
  const pct: PctData = {}
  const priorityClaims: PriorityClaim[] = []
  const titles: LocalizedText[] = []
  const parties = emptyParties()
  const classes = new ClassificationList()
  const citations: Citation[] = []
  const relatedDocuments: RelatedDocument[] = []
  for (const el of biblio.children) {
    if (typeof el === 'string') {
      continue
    }
    switch (el.name) {
      case 'publication-reference':
        publication = readPublication(el, fallbackDate)
        break
      case 'application-reference':
        applicationEl = el
        break
      case 'us-application-series-code':
        seriesCode = text(el) || undefined
        break
      case 'priority-claims':
        priorityClaims.push(...mapPriorityClaims(el, ctx))
        break
      case 'us-term-of-grant':
        term = mapTerm(el, ctx)
        break
      case 'classifications-ipcr':
        mapIpcr(el, classes, ctx)
        break
      case 'classifications-cpc':
        mapCpc(el, classes, ctx)
        break
      case 'classification-ipc':
        mapTextClassification(el, 'ipc', classes, ctx)
        break
      case 'classification-national':
        mapTextClassification(el, 'uspc', classes, ctx)
        break
      case 'classification-locarno':
        mapTextClassification(el, 'locarno', classes, ctx)
        break
      case 'invention-title': {
        const title = mapTitle(el, ctx)
        if (title) {
          titles.push(title)
        }
        break
      }
      case 'references-cited':
      case 'us-references-cited':
        citations.push(...mapCitations(el, ctx))
        break
      case 'number-of-claims':
        claimCount = parseCount(text(el))
        break
      case 'figures':
        figureCount = parseCount(text(child(el, 'number-of-figures')))
        break
      case 'us-related-documents':
        relatedDocuments.push(...mapRelatedDocuments(el, ctx))
        break
      case 'parties':
      case 'us-parties':
        mapParties(el, parties, ctx)
        break
      case 'assignees':
        mapAssignees(el, parties, ctx)
        break
      case 'examiners':
        mapExaminers(el, parties, ctx)
        break
      case 'pct-or-regional-filing-data':
        mapPctFiling(el, pct)
        break
      case 'pct-or-regional-publishing-data':
        mapPctPublishing(el, pct)
        break
      default:
        // Not in the model: us-exemplary-claim, field-of-search, us-botanic, rule-47-flag …
        break
    }
  }
  return {
    publication,
    application: readApplication(applicationEl, seriesCode),
    applType: applicationEl?.attrs['appl-type'],
    priorityClaims,
    titles,
    parties,
    classifications: classes.items,
    citations,
    relatedDocuments,
    term,
    pct: Object.keys(pct).length > 0 ? pct : undefined,
    claimCount,
    figureCount,
  }
}
