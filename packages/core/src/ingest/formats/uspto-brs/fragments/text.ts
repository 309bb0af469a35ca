import type { Claim } from '../../../../model/claim.js'
import { fieldText, type TaggedField } from '../../uspto-aps/tagged-lines.js'
import { textClaim } from '../../uspto-aps/us-text.js'

/**
 * Description codes: cross-references `CRTX`, government interest `GOTX`, background and
 * summary `BSTX`, drawings `DRTX`, detailed description `DETX`. A value after one space is a
 * heading, after two a paragraph; both become one line each.
 */
const DESCRIPTION = new Set(['CRTX', 'GOTX', 'BSTX', 'DRTX', 'DETX'])

/** Paragraphs of the fields whose code passes `pick`, one per line. */
function paragraphs(fields: readonly TaggedField[], pick: (code: string) => boolean): string {
  return fields
    .filter((f) => pick(f.code))
    .map(fieldText)
    .filter((t) => t !== '')
    .join('\n')
}

/** The abstract: `ABPR` paragraphs. */
export function readAbstract(fields: readonly TaggedField[]): string {
  return paragraphs(fields, (c) => c === 'ABPR')
}

/** The description, in document order. */
export function readDescription(fields: readonly TaggedField[]): string {
  return paragraphs(fields, (c) => DESCRIPTION.has(c))
}

/**
 * Claims from `CLPR` paragraphs: a paragraph that begins `N.` opens claim N, others continue
 * the claim above. `CLST` ("What is claimed is:") is not claim text.
 */
export function readClaims(fields: readonly TaggedField[]): Claim[] {
  const drafts: { number: number; parts: string[] }[] = []
  for (const f of fields) {
    if (f.code !== 'CLPR') {
      continue
    }
    const text = fieldText(f)
    const lead = /^(\d+)\s*\./.exec(text)
    const last = drafts[drafts.length - 1]
    if (lead || !last) {
      const n = Number(lead?.[1] ?? 0)
      drafts.push({ number: n > 0 ? n : (last?.number ?? 0) + 1, parts: [text] })
    } else {
      last.parts.push(text)
    }
  }
  return drafts
    .filter((d) => d.parts.some((p) => p !== ''))
    .map((d) => textClaim(d.number, d.parts.filter((p) => p !== '').join('\n')))
}
