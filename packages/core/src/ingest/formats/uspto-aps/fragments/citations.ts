import type { Citation } from '../../../../model/citation.js'
import { patentCitation } from '../cited-document.js'
import type { ApsSection } from '../sections.js'
import { fieldText, valueOf } from '../tagged-lines.js'
import { textCountry } from '../us-text.js'

/**
 * Maps the references: `UREF` US patents (`PNO`, `ISD`, patentee `NAM`), `FREF` foreign patents
 * (`PNO`, `ISD`, `CNT`) and `OREF` other literature (one citation per paragraph). APS does not
 * say who cited a reference (the "cited by examiner" mark began in 2001), so the category is
 * `unknown`.
 */
export function readCitations(sections: readonly ApsSection[]): Citation[] {
  const out: Citation[] = []
  for (const s of sections) {
    if (s.name === 'UREF' || s.name === 'FREF') {
      const country = s.name === 'UREF' ? 'US' : textCountry(valueOf(s.fields, 'CNT'))
      const c = country
        ? patentCitation({
            country,
            number: valueOf(s.fields, 'PNO') ?? '',
            date: valueOf(s.fields, 'ISD'),
            citedName: valueOf(s.fields, 'NAM'),
            category: 'unknown',
            sequence: out.length + 1,
          })
        : undefined
      if (c) {
        out.push(c)
      }
    } else if (s.name === 'OREF') {
      for (const f of s.fields) {
        const npl = fieldText(f)
        if (npl) {
          out.push({ npl, category: 'unknown', sequence: out.length + 1 })
        }
      }
    }
  }
  return out
}
