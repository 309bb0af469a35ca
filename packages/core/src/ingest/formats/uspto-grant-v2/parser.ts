import { errorMessage } from '../../../errors.js'
import { toIsoDate } from '../../../model/document-id.js'
import type { PatentRecord, SourceInfo } from '../../../model/patent.js'
import type { ParseContext, ParseIssue, ParseResult, PatentParser } from '../../parser.js'
import { decodeNamedEntities } from '../../xml/iso-entities.js'
import { readProlog, type Prolog } from '../../xml/prolog.js'
import { child } from '../../xml/query.js'
import { treeIssues, unknownEntitiesIssue } from '../../xml/tree-issues.js'
import { parseXmlTree, type XmlElement } from '../../xml/tree.js'
import { detectPatdoc } from './detect.js'
import { readCitations } from './fragments/citations.js'
import { readClaims } from './fragments/claims.js'
import { readClassifications } from './fragments/classification.js'
import { integer, pdat, prune } from './fragments/common.js'
import { readParties } from './fragments/parties.js'
import { readPct } from './fragments/pct.js'
import { readApplication, readIdentity, readPriorities } from './fragments/publication.js'
import { readRelated } from './fragments/related.js'
import { readTerm } from './fragments/term.js'
import { readProse, readTitle } from './fragments/text.js'
import { closeEmptyElements } from './sgml.js'

/** Parser id, stored as `source.format`. */
export const USPTO_GRANT_V2_ID = 'uspto-grant-v2'

/**
 * USPTO grant full text in WIPO ST.32 (`PATDOC`): the 2001 SGML (DTD v2.4, no XML declaration,
 * EMPTY elements without end tags) and the 2002–2004 XML (`ST32-US-Grant-025xml.dtd`, v2.5).
 * Utility, design, plant and reissue patents; named ISO entities are decoded.
 */
export const usptoGrantV2: PatentParser = {
  id: USPTO_GRANT_V2_ID,
  office: 'US',
  description: 'USPTO grants in ST.32 PATDOC, DTD v2.4 (SGML 2001) and v2.5 (XML 2002-2004)',
  detect: detectPatdoc,
  parse: parseGrantV2,
}

function parseGrantV2(text: string, context: ParseContext): ParseResult {
  const prolog = readProlog(text)
  const decoded = decodeNamedEntities(text.slice(prolog.bodyStart), prolog.doctype?.entities)
  const tree = parseXmlTree(closeEmptyElements(decoded.text))
  const issues: ParseIssue[] = treeIssues(tree.problems, prolog.bodyStart)
  if (decoded.unknown.length > 0) {
    issues.push(unknownEntitiesIssue(decoded.unknown))
  }
  const root = tree.root
  if (root?.name !== 'PATDOC') {
    const found = root ? `<${root.name}>` : 'no element'
    issues.push({
      severity: 'error',
      code: 'PARSE_MALFORMED_XML',
      message: errorMessage('PARSE_MALFORMED_XML', `expected root <PATDOC>, found ${found}`),
    })
    return { issues }
  }
  const sdobi = child(root, 'SDOBI')
  const { raw, identity } = readIdentity(sdobi, issues)
  if (!identity || issues.some((i) => i.severity === 'error')) {
    return { issues, ...(identity || raw ? { documentNumber: identity?.id ?? raw } : {}) }
  }
  const b500 = child(sdobi, 'B500')
  const claims = readClaims(child(root, 'SDOCL'), issues)
  const record: PatentRecord = prune({
    id: identity.id,
    publication: identity.publication,
    application: readApplication(sdobi),
    documentType: identity.documentType,
    stage: 'grant',
    grantDate: identity.publication.date,
    priorityClaims: readPriorities(sdobi),
    titles: readTitle(b500),
    abstracts: readProse(child(root, 'SDOAB')),
    descriptions: readProse(child(root, 'SDODE')),
    claims: claims.length > 0 ? [{ lang: 'en', claims }] : [],
    parties: readParties(sdobi),
    classifications: readClassifications(b500),
    citations: readCitations(b500),
    relatedDocuments: readRelated(sdobi),
    term: readTerm(sdobi),
    pct: readPct(sdobi),
    claimCount: integer(pdat(b500, 'B570/B577')),
    figureCount: integer(pdat(b500, 'B590/B596')),
    source: source(root, prolog, context),
  })
  issues.push(...completeness(record))
  return { record, issues, documentNumber: record.id }
}

/** Provenance: DTD version from `PATDOC DTD="2.5"` (else the DOCTYPE), build date as `produced`. */
function source(root: XmlElement, prolog: Prolog, context: ParseContext): SourceInfo {
  const dtd = root.attrs.DTD?.trim()
  const declared = prolog.doctype?.systemId ?? prolog.doctype?.publicId ?? ''
  const m = /Grant-0?(\d)(\d)xml|V(\d)\.(\d)/i.exec(declared)
  const fromDoctype = m ? `v${m[1] ?? m[3]}.${m[2] ?? m[4]}` : undefined
  return prune({
    format: USPTO_GRANT_V2_ID,
    formatVersion: dtd ? `v${dtd}` : fromDoctype,
    file: context.file,
    offset: context.offset,
    produced: toIsoDate(/\d{8}/.exec(root.attrs.STATUS ?? '')?.[0]),
  })
}

/** Warnings for parts every grant of its kind prints (designs have no abstract). */
function completeness(record: PatentRecord): ParseIssue[] {
  const missing: string[] = []
  if (record.titles.length === 0) {
    missing.push('B540 (title)')
  }
  if (record.claims.length === 0) {
    missing.push('SDOCL (claims)')
  }
  if (record.abstracts.length === 0 && record.documentType !== 'design') {
    missing.push('SDOAB (abstract)')
  }
  return missing.map((field) => ({
    severity: 'warning' as const,
    code: 'PARSE_MISSING_FIELD' as const,
    message: errorMessage('PARSE_MISSING_FIELD', field),
    field,
  }))
}
