import type { ParseContext, ParseResult, PatentParser } from '../../parser.js'
import { children } from '../../xml/query.js'
import { decodeNamedEntities } from '../../xml/iso-entities.js'
import { parseXmlTree } from '../../xml/tree.js'
import { missingField, xmlProblemIssues } from '../office-xml-common/issues.js'
import { withoutPrefixes } from '../office-xml-common/local-names.js'
import { mapExchangeDocument } from './fragments/exchange-document.js'

const FORMAT = 'epo-docdb'

function parse(source: string, context: ParseContext): ParseResult {
  // DOCDB declares HTML/ISO entities in docdb-entities.dtd (`&ndash;` in literature titles).
  const tree = parseXmlTree(decodeNamedEntities(source).text)
  if (tree.problems.length > 0 || !tree.root) {
    return {
      issues: tree.root ? xmlProblemIssues(tree.problems) : [missingField('exchange-document')],
    }
  }
  const root = withoutPrefixes(tree.root)
  const version = root.attrs['dtd-version']
  const docs = root.name === 'exchange-document' ? [root] : children(root, 'exchange-document')
  if (docs.length === 0) {
    return { issues: [missingField('exchange-documents/exchange-document')] }
  }
  const parts = docs.map((d) =>
    mapExchangeDocument(d, { format: FORMAT, formatVersion: version, ...context }),
  )
  return { issues: [], parts, documentNumber: root.attrs.file }
}

/** True for a DOCDB exchange file (`exch:exchange-documents`) or a single exchange document. */
function detect(head: string): boolean {
  return /<(?:exch:)?exchange-documents?[\s>]/.test(head) && !/<ops:world-patent-data/.test(head)
}

/**
 * EPO DOCDB bibliographic exchange XML (`exch:exchange-documents`, exchange DTD 2.5.x), the
 * worldwide bibliographic master data: one record per `exchange-document`, with DOCDB simple
 * family id, priority claims, citations with their phase, IPC/IPCR and CPC.
 */
export const epoDocdb: PatentParser = {
  id: FORMAT,
  office: 'EP',
  description:
    'EPO DOCDB exchange XML (exchange-documents 2.5.x): bibliographic data, families, citations',
  detect,
  parse,
}
