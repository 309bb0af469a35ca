import { toIsoDate, type DocumentId } from '../../../../model/document-id.js'
import type { LegalEvent } from '../../../../model/legal-event.js'
import { isSt3Code } from '../../../../model/st3-countries.js'
import { child, children, text } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'

/** The `L5nnEP` child of `L500EP` named `name`, trimmed. */
function l5(el: XmlElement, name: string): string | undefined {
  for (const group of children(el, 'L500EP')) {
    const t = text(child(group, name))
    if (t) {
      return t
    }
  }
  return undefined
}

/**
 * One INPADOC legal event (`ops:legal`): code, gazette date (L007EP), effective date (L525EP),
 * reporting office (L001EP), the designated state it concerns (L501EP "Ref Country Code"), the
 * description, the free-format text (L510EP, or the meaning of a national code in L502EP).
 */
export function mapLegalEvent(el: XmlElement): LegalEvent | undefined {
  const code = (el.attrs.code ?? text(child(el, 'L008EP'))).trim()
  if (!code) {
    return undefined
  }
  const out: LegalEvent = { code }
  const date = toIsoDate(text(child(el, 'L007EP')))
  const effective = toIsoDate(l5(el, 'L525EP'))
  const country = text(child(el, 'L001EP')).toUpperCase()
  const state = (l5(el, 'L501EP') ?? '').toUpperCase()
  const national = children(el, 'L500EP')
    .map((g) => child(g, 'L502EP')?.attrs.descData)
    .find(Boolean)
  const free = l5(el, 'L510EP') ?? national
  const description = el.attrs.desc?.replace(/\s+/g, ' ').trim()
  const influence = el.attrs.infl?.trim()
  if (date) {
    out.date = date
  }
  if (effective) {
    out.effectiveDate = effective
  }
  if (isSt3Code(country)) {
    out.country = country
  }
  if (isSt3Code(state) && state !== country) {
    out.state = state
  }
  if (description) {
    out.description = description
  }
  if (free) {
    out.text = free.replace(/\s+/g, ' ')
  }
  if (influence) {
    out.influence = influence
  }
  return out
}

/** The application an INPADOC event was reported against (L001EP, L003EP, L004EP). */
export function legalApplication(el: XmlElement): DocumentId | undefined {
  const country = text(child(el, 'L001EP')).toUpperCase()
  const number = text(child(el, 'L003EP')).replace(/\s+/g, '')
  if (!isSt3Code(country) || !number || text(child(el, 'L002EP')) !== 'F') {
    return undefined
  }
  return { country, number }
}
