import { errorMessage } from '../../../errors.js'
import type { PatentRecord, SourceInfo } from '../../../model/patent.js'
import type { ParseContext, ParseIssue, ParseResult, PatentParser } from '../../parser.js'
import { decodeNamedEntities } from '../../xml/iso-entities.js'
import { readProlog, type Doctype } from '../../xml/prolog.js'
import { child } from '../../xml/query.js'
import { treeIssues, unknownEntitiesIssue } from '../../xml/tree-issues.js'
import { parseXmlTree } from '../../xml/tree.js'
import { detectPap } from './detect.js'
import {
  missing,
  readApplication,
  readIdentity,
  readPriorities,
} from './fragments/bibliographic.js'
import { readCitations } from './fragments/citations.js'
import { readClaims } from './fragments/claims.js'
import { readClassifications } from './fragments/classification.js'
import { prune } from './fragments/common.js'
import { readContinuity, readPct } from './fragments/continuity.js'
import { readParties } from './fragments/parties.js'
import { readAbstract, readDescription, readTitle } from './fragments/text.js'

/** Parser id, stored as `source.format`. */
export const USPTO_PAP_V1_ID = 'uspto-pap-v1'
const ROOT = 'patent-application-publication'

/**
 * USPTO pre-grant publications (A1/A2/A9, plant P1) in the `patent-application-publication` DTD,
 * v1.5 (2001) and v1.6 (2002–2004). Accepts documents without an XML declaration or with a
 * wrong DOCTYPE as long as the root element is right; named ISO entities are decoded.
 */
export const usptoPapV1: PatentParser = {
  id: USPTO_PAP_V1_ID,
  office: 'US',
  description: 'USPTO pre-grant publications, PAP DTD v1.5 (2001) and v1.6 (2002-2004)',
  detect: detectPap,
  parse: parsePapV1,
}

function parsePapV1(text: string, context: ParseContext): ParseResult {
  const prolog = readProlog(text)
  const decoded = decodeNamedEntities(text.slice(prolog.bodyStart), prolog.doctype?.entities)
  const tree = parseXmlTree(decoded.text)
  const issues: ParseIssue[] = treeIssues(tree.problems, prolog.bodyStart)
  if (decoded.unknown.length > 0) {
    issues.push(unknownEntitiesIssue(decoded.unknown))
  }
  const root = tree.root
  if (root?.name !== ROOT) {
    const found = root ? `<${root.name}>` : 'no element'
    issues.push(malformed('error', `expected root <${ROOT}>, found ${found}`))
    return { issues }
  }
  if (prolog.doctype && prolog.doctype.name !== ROOT) {
    issues.push(malformed('warning', `DOCTYPE names <${prolog.doctype.name}>, root is <${ROOT}>`))
  }
  const bib = child(root, 'subdoc-bibliographic-information')
  const { raw, identity } = readIdentity(bib, issues)
  if (!identity || issues.some((i) => i.severity === 'error')) {
    return { issues, ...(identity || raw ? { documentNumber: identity?.id ?? raw } : {}) }
  }
  const tech = child(bib, 'technical-information')
  const claims = readClaims(child(root, 'subdoc-claims'), issues)
  const record: PatentRecord = prune({
    id: identity.id,
    publication: identity.publication,
    application: readApplication(bib),
    documentType: identity.documentType,
    stage: 'application',
    priorityClaims: readPriorities(bib),
    titles: readTitle(tech),
    abstracts: readAbstract(root),
    descriptions: readDescription(root),
    claims: claims.length > 0 ? [{ lang: 'en', claims }] : [],
    parties: readParties(bib),
    classifications: readClassifications(tech),
    citations: readCitations(tech),
    relatedDocuments: readContinuity(bib),
    pct: readPct(bib),
    source: source(prolog.doctype, context),
  })
  for (const [present, field] of [
    [record.titles.length > 0, 'technical-information/title-of-invention'],
    [record.abstracts.length > 0, 'subdoc-abstract'],
    [claims.length > 0, 'subdoc-claims'],
  ] as const) {
    if (!present) {
      issues.push(missing(field, 'warning'))
    }
  }
  return { record, issues, documentNumber: record.id }
}

/**
 * Provenance: the DTD as the DOCTYPE names it, `pap-v15-2001-01-31` from the system id
 * `pap-v15-2001-01-31.dtd` or from the public id `-//USPTO//DTD PAP V1.5 2001-01-31//EN`.
 */
function source(doctype: Doctype | undefined, context: ParseContext): SourceInfo {
  const system = /(pap-v\d+-\d{4}-\d\d-\d\d)/i.exec(doctype?.systemId ?? '')?.[1]?.toLowerCase()
  const pub = /PAP V(\d)\.(\d+) (\d{4}-\d\d-\d\d)/i.exec(doctype?.publicId ?? '')
  return prune({
    format: USPTO_PAP_V1_ID,
    formatVersion: system ?? (pub ? `pap-v${pub[1]}${pub[2]}-${pub[3]}` : undefined),
    file: context.file,
    offset: context.offset,
  })
}

function malformed(severity: 'error' | 'warning', detail: string): ParseIssue {
  return {
    severity,
    code: 'PARSE_MALFORMED_XML',
    message: errorMessage('PARSE_MALFORMED_XML', detail),
  }
}
