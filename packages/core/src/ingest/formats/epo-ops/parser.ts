import type { LegalEventSet } from '../../../model/legal-event.js'
import type { ParseContext, ParseResult, PatentParser } from '../../parser.js'
import { child, children, descendants, text } from '../../xml/query.js'
import { decodeNamedEntities } from '../../xml/iso-entities.js'
import { parseXmlTree } from '../../xml/tree.js'
import type { XmlElement } from '../../xml/tree.js'
import { mapExchangeDocument } from '../epo-docdb/fragments/exchange-document.js'
import { missingField, xmlProblemIssues } from '../office-xml-common/issues.js'
import { withoutPrefixes } from '../office-xml-common/local-names.js'
import { mapPatentFamily } from './fragments/family.js'
import { mapFulltextDocument } from './fragments/fulltext.js'
import { registerLegalSets } from './fragments/register.js'

const FORMAT = 'epo-ops'

/** OPS services whose answers hold no publication data: recognised and skipped, with what they are. */
const NOT_PUBLICATIONS: Readonly<Record<string, string>> = {
  'biblio-search': 'search result list',
  standardization: 'number-service conversion',
  'classification-scheme': 'classification scheme',
  'classification-search': 'classification statistics',
  'equivalents-inquiry': 'published-equivalents list',
  'fulltext-inquiry': 'full-text availability list',
}

/**
 * An OPS error answer (`<error>`, `<fault>`): a response that is not what was asked for and holds
 * no publication. Skipped with the error it states (issue 3: such a response is reported and
 * skipped, never fatal); `chuhai fetch` never writes one, so in a folder it is a saved error body.
 */
function errorResult(root: XmlElement): ParseResult {
  const code = text(child(root, 'code'))
  const message = text(child(root, 'message'))
  return {
    issues: [],
    skipped: `EPO OPS answered with an error instead of data: ${[code, message].filter(Boolean).join(' ') || root.name}`,
    documentNumber: code || undefined,
  }
}

function parse(source: string, context: ParseContext): ParseResult {
  const tree = parseXmlTree(decodeNamedEntities(source).text)
  if (tree.problems.length > 0 || !tree.root) {
    return {
      issues: tree.root ? xmlProblemIssues(tree.problems) : [missingField('world-patent-data')],
    }
  }
  const root = withoutPrefixes(tree.root)
  if (root.name === 'error' || root.name === 'fault') {
    return errorResult(root)
  }
  if (root.name !== 'world-patent-data') {
    return { issues: [missingField('world-patent-data')] }
  }
  const parts: ParseResult[] = []
  const legal: LegalEventSet[] = []
  for (const el of children(root)) {
    if (el.name === 'patent-family') {
      const family = mapPatentFamily(el, context)
      parts.push(...family.parts)
      legal.push(...family.legal)
    } else if (el.name === 'fulltext-documents') {
      for (const doc of children(el, 'fulltext-document')) {
        parts.push(mapFulltextDocument(doc, context))
      }
    } else if (el.name === 'register-search') {
      for (const doc of descendants(el, 'register-document')) {
        legal.push(...registerLegalSets(doc, context.file))
      }
    } else {
      // Bibliographic answers: `exchange-documents` directly or inside a search result.
      for (const doc of el.name === 'exchange-document'
        ? [el]
        : descendants(el, 'exchange-document')) {
        parts.push(mapExchangeDocument(doc, { format: FORMAT, formatVersion: '3.2', ...context }))
      }
    }
  }
  if (parts.length === 0 && legal.length === 0) {
    const service = children(root).find((c) => c.name !== 'meta')?.name ?? 'empty'
    const what = NOT_PUBLICATIONS[service]
    return {
      issues: [],
      skipped: `EPO OPS ${what ?? `${service} response`}: no publication data`,
    }
  }
  return { issues: [], parts, legal }
}

/** True for an EPO OPS 3.2 answer (`ops:world-patent-data`, any namespace prefix) or an OPS error body. */
function detect(head: string): boolean {
  return (
    /<(?:[\w.-]+:)?world-patent-data[\s>]/.test(head) ||
    /^(?:\uFEFF)?(?:<\?xml[^>]*\?>\s*)?<error>\s*<code>\d{3}<\/code>/.test(head) ||
    /<fault xmlns="http:\/\/ops\.epo\.org"/.test(head)
  )
}

/**
 * EPO Open Patent Services 3.2 answers as ingestible documents: bibliographic data and searches
 * with constituents (`exchange-documents`), INPADOC families (members, DOCDB family id) with or
 * without bibliographic data, legal events per family member, full text (description, claims),
 * and EP Register documents (statuses and dossier events as legal events). Answers with no
 * publication data (number service, classification, search lists) are skipped with a reason;
 * OPS error bodies (`<error>`, `<fault>`) are reported as failures naming the error.
 */
export const epoOps: PatentParser = {
  id: FORMAT,
  office: 'EP',
  description: 'EPO OPS 3.2 responses: biblio, INPADOC family, legal events, full text, register',
  detect,
  parse,
}
