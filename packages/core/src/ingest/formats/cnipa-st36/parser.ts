import type { ParseContext, ParseResult, PatentParser } from '../../parser.js'
import { parseXmlTree } from '../../xml/tree.js'
import { missingField, xmlProblemIssues } from '../office-xml-common/issues.js'
import { mapSt36National } from '../office-xml-common/st36-national.js'

function parse(source: string, context: ParseContext): ParseResult {
  const tree = parseXmlTree(source)
  if (tree.problems.length > 0 || !tree.root) {
    return {
      issues: tree.root ? xmlProblemIssues(tree.problems) : [missingField('cn-patent-document')],
    }
  }
  if (tree.root.name !== 'cn-patent-document') {
    return { issues: [missingField('cn-patent-document')] }
  }
  return mapSt36National(tree.root, context, {
    format: 'cnipa-st36',
    office: 'CN',
    biblio: 'cn-bibliographic-data',
    publicationReference: 'cn-publication-reference',
  })
}

/**
 * CNIPA full text in the older ST.36-based `cn-patent-document` format: invention applications
 * (A), grants (B/C) and utility models (U/Y), Chinese text as written (`lang="zh"`).
 */
export const cnipaSt36: PatentParser = {
  id: 'cnipa-st36',
  office: 'CN',
  description: 'CNIPA cn-patent-document (ST.36-based, before 2019): A/B/C/U publications',
  detect: (head) => /<cn-patent-document[\s>]/.test(head),
  parse,
}
