import type { Claim } from '../../../../model/claim.js'
import type { ApsSection } from '../sections.js'
import { fieldText, preformattedText, type TaggedField } from '../tagged-lines.js'
import { textClaim } from '../us-text.js'

/** Text sections that make up the description, kept in document order. */
const DESCRIPTION_SECTIONS = new Set(['PARN', 'GOVT', 'BSUM', 'DRWD', 'DETD'])

/** Tables and equations keep their line layout; every other code is a paragraph of prose. */
const PREFORMATTED = new Set(['TBL', 'EQU'])

/** Claim-section codes that are not claim text: the claim number and the opening statement. */
const CLAIM_META = new Set(['NUM', 'STM'])

/** A text field as one paragraph (prose on one line, tables line by line). */
export function paragraph(field: TaggedField): string {
  return PREFORMATTED.has(field.code) ? preformattedText(field) : fieldText(field)
}

/** The paragraphs of the named sections, one per line. Empty when there are none. */
export function sectionText(sections: readonly ApsSection[], names: ReadonlySet<string>): string {
  return sections
    .filter((s) => names.has(s.name))
    .flatMap((s) => s.fields.map(paragraph))
    .filter((p) => p !== '')
    .join('\n')
}

/** The abstract (`ABST`: `PAL`/`PAR` paragraphs and tables). */
export function readAbstract(sections: readonly ApsSection[]): string {
  return sectionText(sections, new Set(['ABST']))
}

/** The description: cross-references, government interest, summary, drawings, detail. */
export function readDescription(sections: readonly ApsSection[]): string {
  return sectionText(sections, DESCRIPTION_SECTIONS)
}

/**
 * Claims from `CLMS` (utility) and `DCLM` (design). `NUM` opens each claim and the paragraphs
 * after it (`PAR`, `PA1`…, `TBL`) are its text; without `NUM` lines, a paragraph that begins
 * `N.` opens claim N. Dependencies come from the text ("as set forth in claim 1").
 */
export function readClaims(sections: readonly ApsSection[]): Claim[] {
  const drafts: { number: number; parts: string[] }[] = []
  for (const s of sections) {
    if (s.name !== 'CLMS' && s.name !== 'DCLM') {
      continue
    }
    const numbered = s.fields.some((f) => f.code === 'NUM')
    for (const f of s.fields) {
      const last = drafts[drafts.length - 1]
      if (f.code === 'NUM') {
        drafts.push({ number: claimNumber(fieldText(f), last), parts: [] })
        continue
      }
      if (CLAIM_META.has(f.code)) {
        continue
      }
      const text = paragraph(f)
      const lead = /^(\d+)\s*\./.exec(text)
      if (!last || (!numbered && lead)) {
        drafts.push({ number: claimNumber(lead?.[1] ?? '', last), parts: [text] })
      } else {
        last.parts.push(text)
      }
    }
  }
  return drafts
    .map((d) => ({ number: d.number, text: d.parts.filter((p) => p !== '').join('\n') }))
    .filter((d) => d.text !== '')
    .map((d) => textClaim(d.number, d.text))
}

function claimNumber(raw: string, previous: { number: number } | undefined): number {
  const n = Number(/\d+/.exec(raw)?.[0] ?? NaN)
  return Number.isInteger(n) && n > 0 ? n : (previous?.number ?? 0) + 1
}
