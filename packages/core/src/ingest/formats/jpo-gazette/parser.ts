import type { ParseContext, ParseResult, PatentParser } from '../../parser.js'
import { parseXmlTree } from '../../xml/tree.js'
import { missingField, xmlProblemIssues } from '../office-xml-common/issues.js'
import { mapSt36National } from '../office-xml-common/st36-national.js'

function parse(source: string, context: ParseContext): ParseResult {
  const tree = parseXmlTree(source)
  if (tree.problems.length > 0 || !tree.root) {
    return {
      issues: tree.root ? xmlProblemIssues(tree.problems) : [missingField('jp-official-gazette')],
    }
  }
  if (tree.root.name !== 'jp-official-gazette') {
    return { issues: [missingField('jp-official-gazette')] }
  }
  return mapSt36National(tree.root, context, {
    format: 'jpo-gazette',
    office: 'JP',
    biblio: 'bibliographic-data',
    publicationReference: 'publication-reference',
    kindAttribute: 'kind-of-st16',
  })
}

/**
 * JPO patent gazette XML (`jp-official-gazette`, DTD 1.0): unexamined applications (A), grants
 * (B), utility models; Japanese text as written (`lang="ja"`), FI and F-term classifications.
 */
export const jpoGazette: PatentParser = {
  id: 'jpo-gazette',
  office: 'JP',
  description: 'JPO official gazette XML (jp-official-gazette 1.0): A/B publications, FI/F-terms',
  detect: (head) => /<jp-official-gazette[\s>]/.test(head),
  parse,
}
