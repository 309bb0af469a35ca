import { toIsoDate } from '../../../../model/document-id.js'
import type { LegalEvent, LegalEventSet } from '../../../../model/legal-event.js'
import {
  formatPublicationId,
  parsePublicationNumber,
} from '../../../../model/publication-number.js'
import { child, children, descendants, text } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { epApplicationNumber } from '../../epo-publication-v1/fragments/bibliographic.js'

/**
 * Legal events from an EP Register document (`register-document`, OPS register service): each
 * `ep-patent-status` (the register's own status, code `EPRS`, e.g. "The patent has been granted",
 * dated by its change date) and each dossier event (`event-code`, its description), for every EP
 * publication the document lists (A1, B1 …).
 */
export function registerLegalSets(doc: XmlElement, file: string | undefined): LegalEventSet[] {
  const events: LegalEvent[] = []
  for (const s of descendants(child(doc, 'ep-patent-statuses'), 'ep-patent-status')) {
    const date = toIsoDate(s.attrs['change-date'])
    const t = text(s)
    if (t) {
      events.push({
        code: 'EPRS',
        country: 'EP',
        text: `STATUS: ${t.toUpperCase()}`,
        description: `EP REGISTER STATUS ${s.attrs['status-code'] ?? ''}`.trim(),
        ...(date ? { date } : {}),
      })
    }
  }
  const biblioEl = child(doc, 'bibliographic-data')
  const printedStatus = biblioEl?.attrs.status?.trim()
  if (events.length === 0 && printedStatus) {
    // Older register documents give only the current status, undated, on bibliographic-data.
    events.push({
      code: 'EPRS',
      country: 'EP',
      text: `STATUS: ${printedStatus.toUpperCase()}`,
      description: 'EP REGISTER STATUS',
    })
  }
  for (const l of descendants(biblioEl, 'lapsed-in-country')) {
    const state = text(child(l, 'country')).toUpperCase()
    const date = toIsoDate(text(child(l, 'date')))
    if (/^[A-Z]{2}$/.test(state)) {
      events.push({
        code: 'EPLC',
        country: 'EP',
        state,
        description: 'EP REGISTER: LAPSED IN A CONTRACTING STATE',
        ...(date ? { effectiveDate: date } : {}),
      })
    }
  }
  for (const e of descendants(doc, 'dossier-event')) {
    const code = text(child(e, 'event-code'))
    const date = toIsoDate(text(child(child(e, 'event-date'), 'date')))
    const description = text(child(e, 'event-text'))
    if (code) {
      events.push({
        code,
        country: 'EP',
        ...(date ? { date } : {}),
        ...(description ? { description } : {}),
      })
    }
  }
  const biblio = biblioEl
  const app = text(
    child(child(child(biblio, 'application-reference'), 'document-id'), 'doc-number'),
  )
  const out: LegalEventSet[] = []
  const seen = new Set<string>()
  for (const ref of children(biblio, 'publication-reference')) {
    const id = child(ref, 'document-id')
    const pn = parsePublicationNumber(
      `${text(child(id, 'country'))}${text(child(id, 'doc-number'))}${text(child(id, 'kind'))}`,
    )
    const publication = pn ? formatPublicationId(pn) : undefined
    if (!publication || seen.has(publication)) {
      continue
    }
    seen.add(publication)
    out.push({
      publication,
      ...(app ? { application: { country: 'EP', number: epApplicationNumber(app) } } : {}),
      events,
      source: { format: 'epo-ops', ...(file ? { file } : {}) },
    })
  }
  return events.length > 0 ? out : []
}
