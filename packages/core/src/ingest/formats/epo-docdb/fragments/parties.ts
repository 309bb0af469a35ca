import { emptyParties } from '../../../../model/patent.js'
import type { Party } from '../../../../model/party.js'
import { child, children, text } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { partyFromPrintedName } from '../../office-xml-common/party-name.js'

/** Name forms in order of preference: as filed (`docdba`), EPODOC, DOCDB standardised, original. */
const PREFERENCE = ['docdba', 'epodoc', 'docdb', 'original']

function readGroup(el: XmlElement | undefined, item: string, person: boolean): Party[] {
  const byFormat = new Map<string, XmlElement[]>()
  for (const p of children(el, item)) {
    const format = p.attrs['data-format'] ?? 'docdb'
    byFormat.set(format, [...(byFormat.get(format) ?? []), p])
  }
  const format = PREFERENCE.find((f) => byFormat.has(f)) ?? [...byFormat.keys()][0]
  const out: Party[] = []
  for (const p of byFormat.get(format ?? '') ?? []) {
    let name = text(child(child(p, `${item}-name`), 'name'))
    // EPODOC appends the residence: `HERRALA SAMI [FI]`.
    const bracket = /\s*\[([A-Z]{2})\]\s*$/.exec(name)
    name = name.replace(/\s*\[[A-Z]{2}\]\s*$/, '').replace(/,\s*$/, '')
    const residence = text(child(child(p, 'residence'), 'country')) || bracket?.[1]
    const sequence = Number(p.attrs.sequence)
    const party = partyFromPrintedName(
      name,
      {
        country: residence && /^[A-Z]{2}$/.test(residence) ? residence : undefined,
        sequence: Number.isInteger(sequence) && sequence >= 0 ? sequence : undefined,
      },
      person,
    )
    if (party) {
      out.push(party)
    }
  }
  return out
}

/** Maps `parties`: applicants and inventors, in the best name form the document gives. */
export function mapDocdbParties(el: XmlElement | undefined): ReturnType<typeof emptyParties> {
  const out = emptyParties()
  out.applicants = readGroup(child(el, 'applicants'), 'applicant', false)
  out.inventors = readGroup(child(el, 'inventors'), 'inventor', true)
  return out
}
