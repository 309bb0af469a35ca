import type { Claim } from '../../../../model/claim.js'
import type { ParseIssue } from '../../../parser.js'
import { readClaimList, type ClaimMarkup } from '../../../xml/claims.js'
import { descendants } from '../../../xml/query.js'
import { claimWordingIssue } from '../../../xml/tree-issues.js'
import type { XmlElement } from '../../../xml/tree.js'

const ST32_CLAIMS: ClaimMarkup = {
  idAttribute: 'ID',
  text: { blocks: new Set(['PARA', 'CLMSTEP']) },
  references: { element: 'CLREF', attribute: 'ID' },
}

/**
 * Reads `SDOCL`: each `CLM` (ID `CLM-00001`) becomes a claim, one paragraph or claim step
 * (`CLMSTEP`) per line, depending on the claims its `CLREF` references point to (ranges such as
 * `claims 1 to 3` expanded). Warns when dependencies had to be read from the wording.
 */
export function readClaims(sdocl: XmlElement | undefined, issues: ParseIssue[]): Claim[] {
  const { claims, fromWording } = readClaimList(descendants(sdocl, 'CLM'), ST32_CLAIMS)
  if (fromWording) {
    issues.push(claimWordingIssue('SDOCL', 'CLREF'))
  }
  return claims
}
