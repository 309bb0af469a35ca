import { errorMessage } from '../../../errors.js'
import { toIsoDate } from '../../../model/document-id.js'
import type { PatentRecord, PublicationStage } from '../../../model/patent.js'
import type { ClaimSet } from '../../../model/claim.js'
import { normalizeLanguage, type LocalizedText } from '../../../model/text.js'
import type { ParseContext, ParseIssue, ParseResult } from '../../parser.js'
import { child } from '../../xml/query.js'
import { parseXmlTree, type XmlProblem } from '../../xml/tree.js'
import { createMapContext, prune } from './context.js'
import { mapClaims } from './fragments/claims.js'
import { documentTypeOf, readPublication } from './fragments/numbers.js'
import { mapProse } from './fragments/text.js'
import { mapBiblio } from './map-biblio.js'

/** What differs between the grant and the application DTDs. */
export interface V4Variant {
  /** Parser id, stored as `source.format`. */
  readonly format: string
  /** Root element: `us-patent-grant` or `us-patent-application`. */
  readonly root: string
  /** Bibliographic block: `us-bibliographic-data-grant` or `-application`. */
  readonly biblio: string
  /** `grant` (with `grantDate`) or `application`. */
  readonly stage: PublicationStage
}

/**
 * Well-formedness problems → error issues: the elements left open at the end make one
 * `PARSE_TRUNCATED`, the other problems one `PARSE_MALFORMED_XML` naming the first of them.
 */
function problemIssues(problems: readonly XmlProblem[]): ParseIssue[] {
  const issues: ParseIssue[] = []
  const open = problems.filter((p) => p.message.startsWith('truncated document'))
  const other = problems.filter((p) => !p.message.startsWith('truncated document'))
  const innermost = open[0]
  if (innermost) {
    const more = open.length > 1 ? ` (and ${open.length - 1} enclosing elements)` : ''
    const detail = `${innermost.message.replace(/^truncated document: /, '')}${more} at offset ${innermost.offset}`
    issues.push({
      severity: 'error',
      code: 'PARSE_TRUNCATED',
      message: errorMessage('PARSE_TRUNCATED', detail),
    })
  }
  const first = other[0]
  if (first) {
    const more = other.length > 1 ? ` (and ${other.length - 1} more)` : ''
    const detail = `${first.message} at offset ${first.offset}${more}`
    issues.push({
      severity: 'error',
      code: 'PARSE_MALFORMED_XML',
      message: errorMessage('PARSE_MALFORMED_XML', detail),
    })
  }
  return issues
}

function missing(field: string): ParseIssue {
  return {
    severity: 'error',
    code: 'PARSE_MISSING_FIELD',
    message: errorMessage('PARSE_MISSING_FIELD', field),
    field,
  }
}

/**
 * Parses one USPTO ICE document (DTD v4.0–v4.7) into a `PatentRecord`: one tree build, then one
 * pass over the bibliographic block and one per text section. Malformed or truncated XML and a
 * missing publication number are errors; odd values are warnings. Never throws for odd data.
 */
export function parseV4Document(
  text: string,
  context: ParseContext,
  variant: V4Variant,
): ParseResult {
  const tree = parseXmlTree(text)
  const root = tree.root
  const biblio = child(root, variant.biblio)
  const datePubl = root?.attrs['date-publ']
  if (tree.problems.length > 0) {
    const pub = readPublication(child(biblio, 'publication-reference'), datePubl)
    return { issues: problemIssues(tree.problems), documentNumber: pub.id ?? pub.printed }
  }
  if (!root || root.name !== variant.root || !biblio) {
    return { issues: [missing(root?.name === variant.root ? variant.biblio : variant.root)] }
  }
  const issues: ParseIssue[] = []
  const lang = root.attrs.lang ? normalizeLanguage(root.attrs.lang) : 'en'
  const ctx = createMapContext(lang === 'und' ? 'en' : lang, issues)
  const b = mapBiblio(biblio, datePubl, ctx)
  const { id, document } = b.publication
  if (!document) {
    return { issues: [missing('publication-reference/document-id/doc-number')] }
  }
  if (!id) {
    const detail = `"${b.publication.printed ?? ''}" is not a publication number`
    issues.push({
      severity: 'error',
      code: 'PARSE_INVALID_FIELD',
      message: errorMessage('PARSE_INVALID_FIELD', 'publication-reference', detail),
      field: 'publication-reference',
    })
    return { issues, documentNumber: b.publication.printed }
  }
  const abstracts: LocalizedText[] = []
  const descriptions: LocalizedText[] = []
  const claims: ClaimSet[] = []
  for (const el of root.children) {
    if (typeof el === 'string') {
      continue
    }
    if (el.name === 'abstract' || el.name === 'description') {
      const t = mapProse(el, ctx)
      if (t) {
        ;(el.name === 'abstract' ? abstracts : descriptions).push(t)
      }
    } else if (el.name === 'claims') {
      claims.push(mapClaims(el, ctx))
    }
  }
  const record: PatentRecord = prune({
    id,
    publication: document,
    application: b.application,
    documentType: documentTypeOf(b.applType, document.number, ctx),
    stage: variant.stage,
    grantDate: variant.stage === 'grant' ? document.date : undefined,
    priorityClaims: b.priorityClaims,
    titles: b.titles,
    abstracts,
    descriptions,
    claims,
    parties: b.parties,
    classifications: b.classifications,
    citations: b.citations,
    relatedDocuments: b.relatedDocuments,
    term: b.term,
    pct: b.pct,
    claimCount: b.claimCount,
    figureCount: b.figureCount,
    source: prune({
      format: variant.format,
      formatVersion: root.attrs['dtd-version']?.trim(),
      file: context.file,
      offset: context.offset,
      produced: toIsoDate(root.attrs['date-produced']),
    }),
  })
  return { record, issues, documentNumber: id }
}
