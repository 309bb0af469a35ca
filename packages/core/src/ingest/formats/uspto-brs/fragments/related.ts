import type { DocumentId } from '../../../../model/document-id.js'
import { toIsoDate } from '../../../../model/document-id.js'
import type { PriorityClaim } from '../../../../model/priority-claim.js'
import {
  normalizeApplicationNumber,
  parsePublicationNumber,
} from '../../../../model/publication-number.js'
import type { RelatedDocument, RelationType } from '../../../../model/related-document.js'
import { RelationType as Relations } from '../../../../model/related-document.js'
import { groupRecords, valueOf, type TaggedField } from '../../uspto-aps/tagged-lines.js'
import { defined, textCountry } from '../../uspto-aps/us-text.js'

/** Continuity types as `COND` names them, where they differ from the model's names. */
const CONDITIONS: Readonly<Record<string, RelationType>> = {
  'us-provisional-application': 'provisional',
  reissue: 'reissue-of',
}

/**
 * Maps continuity data: each `COND` line (`continuation parent-doc US 13624697 20120921 …`)
 * names the relation and is followed by `RLPY` country, `RLAN` parent application filed `RLFD`,
 * `RLPN` parent patent, `RLPC` parent status, `RLCY`/`RLCN` child application. The prior
 * publication of the application (`PDID`: `PPCC`, `PPNR`, `PPKC`, `PPPD`) is a related publication.
 */
export function readRelated(fields: readonly TaggedField[]): RelatedDocument[] {
  const out: RelatedDocument[] = []
  for (const g of groupRecords(fields, 'COND', (c) => c.startsWith('RL'))) {
    const name = (valueOf(g, 'COND') ?? '').split(' ')[0] ?? ''
    const parsed = Relations.safeParse(name)
    const relation = CONDITIONS[name] ?? (parsed.success ? parsed.data : 'other')
    const r = continuity(g)
    const document = r.application ?? r.grant
    if (document) {
      out.push(
        defined<RelatedDocument>({
          relation,
          document,
          child: r.child,
          parentStatus: valueOf(g, 'RLPC'),
          parentGrant: r.application ? r.grant : undefined,
        }),
      )
    }
  }
  for (const g of groupRecords(fields, 'PDID', (c) => c.startsWith('PP'))) {
    const pn =
      parsePublicationNumber(
        `${valueOf(g, 'PPCC') ?? 'US'}${valueOf(g, 'PPNR') ?? ''}${valueOf(g, 'PPKC') ?? ''}`,
      ) ?? parsePublicationNumber(valueOf(g, 'PDID') ?? '')
    if (pn) {
      const document = defined<DocumentId>({ ...pn, date: toIsoDate(valueOf(g, 'PPPD')) })
      out.push({ relation: 'related-publication', document })
    }
  }
  return out
}

function continuity(group: readonly TaggedField[]) {
  let country = 'US'
  const found: { application?: DocumentId; grant?: DocumentId; child?: DocumentId } = {}
  for (const f of group) {
    const value = valueOf([f], f.code)
    if (!value) {
      continue
    }
    if (f.code === 'RLPY' || f.code === 'RLCY') {
      country = textCountry(value) ?? country
    } else if (f.code === 'RLAN') {
      const date = toIsoDate(valueOf(group, 'RLFD'))
      found.application = defined<DocumentId>({
        country,
        number: normalizeApplicationNumber(value),
        date,
      })
    } else if (f.code === 'RLPN') {
      const number = parsePublicationNumber(`${country}${value}`)?.number ?? value
      found.grant = { country, number }
    } else if (f.code === 'RLCN') {
      found.child = { country, number: normalizeApplicationNumber(value) }
    }
  }
  return found
}

/** Maps foreign priorities: `PRCO` country, `PRAN` application number, `PRAD` date. */
export function readPriorities(fields: readonly TaggedField[]): PriorityClaim[] {
  const out: PriorityClaim[] = []
  for (const g of groupRecords(fields, 'PRCO', (c) => c.startsWith('PR'))) {
    const country = textCountry(valueOf(g, 'PRCO'))
    const number = valueOf(g, 'PRAN')
    if (country && number) {
      out.push(
        defined<PriorityClaim>({
          country,
          number,
          date: toIsoDate(valueOf(g, 'PRAD')),
          kind: country === 'WO' ? 'international' : country === 'EP' ? 'regional' : 'national',
          sequence: out.length + 1,
        }),
      )
    }
  }
  return out
}
