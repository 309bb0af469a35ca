import type { Claim } from '../../../../model/claim.js'
import type { ParseIssue } from '../../../parser.js'
import { readClaimList, type ClaimMarkup } from '../../../xml/claims.js'
import { children } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { claimWordingIssue } from '../../../xml/tree-issues.js'

const PAP_CLAIMS: ClaimMarkup = {
  idAttribute: 'id',
  text: { blocks: new Set(['claim-text']), inline: new Set(['dependent-claim-reference']) },
  references: { element: 'dependent-claim-reference', attribute: 'depends_on' },
}

/**
 * Reads `subdoc-claims`: each `claim` (id `CLM-00001`) with one `claim-text` per line, depending
 * on the claims its `dependent-claim-reference depends_on` point to (ranges expanded). Some 2001
 * documents mark up no references; their dependencies are read from the wording, with a warning.
 */
export function readClaims(subdoc: XmlElement | undefined, issues: ParseIssue[]): Claim[] {
  const { claims, fromWording } = readClaimList(children(subdoc, 'claim'), PAP_CLAIMS)
  if (fromWording) {
    issues.push(claimWordingIssue('subdoc-claims', 'dependent-claim-reference'))
  }
  return claims
}
