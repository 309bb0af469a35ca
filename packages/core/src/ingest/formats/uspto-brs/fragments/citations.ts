import type { Citation, CitationCategory } from '../../../../model/citation.js'
import { patentCitation } from '../../uspto-aps/cited-document.js'
import { fieldText, groupRecords, valueOf, type TaggedField } from '../../uspto-aps/tagged-lines.js'
import { textCountry } from '../../uspto-aps/us-text.js'

const CITED_BY = /\s*cited by (examiner|applicant|third party|other)\s*$/i

/**
 * Maps the references: US documents (`URPN` number, `URNM` patentee, `URPD` month, `URGP` the
 * printed line with kind and "cited by …"), foreign documents (`FRCO` country, `FRPN`, `FRPD`,
 * `FRGP`) and other literature (`ORPL`, one per line, ending in "cited by …").
 */
export function readCitations(fields: readonly TaggedField[]): Citation[] {
  const out: Citation[] = []
  const next = () => out.length + 1
  for (const g of groupRecords(fields, 'URPN', (c) => c.startsWith('UR'))) {
    push(out, cited(g, 'US', valueOf(g, 'URPN'), 'UR', next()))
  }
  for (const g of groupRecords(fields, 'FRCO', (c) => c.startsWith('FR'))) {
    const country = textCountry(valueOf(g, 'FRCO'))
    if (country) {
      push(out, cited(g, country, valueOf(g, 'FRPN'), 'FR', next()))
    }
  }
  for (const f of fields.filter((x) => x.code === 'ORPL')) {
    const text = fieldText(f)
    const npl = text.replace(CITED_BY, '').trim()
    if (npl) {
      out.push({ npl, category: category(text), sequence: next() })
    }
  }
  return out
}

function cited(
  group: readonly TaggedField[],
  country: string,
  rawNumber: string | undefined,
  prefix: 'UR' | 'FR',
  sequence: number,
): Citation | undefined {
  // Some foreign numbers repeat the country: `FRPN WO 2009/087872`.
  const number = (rawNumber ?? '').replace(new RegExp(`^${country}\\s*(?=\\d)`), '')
  const printed = valueOf(group, `${prefix}GP`) ?? ''
  return patentCitation({
    country,
    number,
    kind: printedKind(printed),
    date: valueOf(group, `${prefix}PD`),
    citedName: prefix === 'UR' ? valueOf(group, 'URNM') : undefined,
    category: category(printed),
    sequence,
  })
}

/** The kind code in a printed reference: the token just before its `YYYYMM00` date. */
function printedKind(printed: string): string | undefined {
  const tokens = printed.replace(CITED_BY, '').split(/\s+/)
  const date = tokens.findIndex((t, i) => i > 1 && /^\d{8}$/.test(t))
  const kind = date > 1 ? tokens[date - 1] : undefined
  return kind && /^[A-Z]\d?$/.test(kind) ? kind : undefined
}

function category(printed: string): CitationCategory {
  const by = CITED_BY.exec(printed)?.[1]?.toLowerCase()
  if (by === 'examiner' || by === 'applicant') {
    return by
  }
  return by === 'third party' ? 'third-party' : 'unknown'
}

function push(out: Citation[], c: Citation | undefined): void {
  if (c) {
    out.push(c)
  }
}
