import type { DocumentId } from '../../../../model/document-id.js'
import { toIsoDate } from '../../../../model/document-id.js'
import type { Classification } from '../../../../model/classification.js'
import { emptyParties, type PctData } from '../../../../model/patent.js'
import type { Parties, Party } from '../../../../model/party.js'
import type { PriorityClaim } from '../../../../model/priority-claim.js'
import type { RelatedDocument } from '../../../../model/related-document.js'
import { parsePublicationNumber } from '../../../../model/publication-number.js'
import { normalizeLanguage, type LocalizedText } from '../../../../model/text.js'
import { child, children, text } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { parseClassificationText } from '../../office-xml-common/ipcr-text.js'
import { partyFromPrintedName } from '../../office-xml-common/party-name.js'
import type { MapContext } from '../../uspto-v4-common/context.js'
import { ClassificationList } from '../../uspto-v4-common/fragments/classifications.js'
import { normalizeIpcText } from '../../uspto-v4-common/fragments/symbols.js'

/** What the `SDOBI` block (INID-coded bibliographic data, B000–B800) gives. */
export interface EpBiblio {
  number?: string
  kind?: string
  date?: string
  country?: string
  application?: DocumentId
  /** B450: date the mention of the grant was published. */
  grantDate?: string
  priorityClaims: PriorityClaim[]
  classifications: Classification[]
  titles: LocalizedText[]
  parties: Parties
  pct?: PctData
  relatedDocuments: RelatedDocument[]
}

const dateOf = (el: XmlElement | undefined): string | undefined =>
  toIsoDate(text(child(el, 'date')))

/**
 * EP application number without its check digit: `16849316.1` → `16849316` (the DOCDB form,
 * so that families and legal events match).
 */
export function epApplicationNumber(raw: string): string {
  return raw.trim().replace(/\.\d$/, '').replace(/\s+/g, '')
}

/** `B300`: priority claims as repeating B310 (number), B320 (date), B330 (country) triples. */
function priorities(el: XmlElement | undefined, ctx: MapContext): PriorityClaim[] {
  const out: PriorityClaim[] = []
  let current: { number?: string; date?: string; country?: string } = {}
  const flush = (): void => {
    if (current.number && current.country) {
      const country = current.country
      out.push({
        country,
        number: current.number,
        ...(current.date ? { date: current.date } : {}),
        kind: country === 'WO' ? 'international' : country === 'EP' ? 'regional' : 'national',
        sequence: out.length + 1,
      })
    } else if (current.number || current.country) {
      ctx.warn('B300', `incomplete priority claim ${JSON.stringify(current)}`)
    }
    current = {}
  }
  for (const c of children(el)) {
    if (c.name === 'B310') {
      if (current.number) {
        flush()
      }
      current.number = text(c)
    } else if (c.name === 'B320') {
      current.date = dateOf(c)
    } else if (c.name === 'B330') {
      current.country = text(child(c, 'ctry')).toUpperCase()
    }
  }
  flush()
  return out
}

/** `B500`: IPC (B510 text form of IPC 7, B510EP IPCR), CPC (B520EP) and titles (B540). */
function classificationsAndTitles(
  el: XmlElement | undefined,
  ctx: MapContext,
  out: { classifications: Classification[]; titles: LocalizedText[] },
): void {
  const list = new ClassificationList()
  for (const c of children(el)) {
    if (c.name === 'B510') {
      const edition = text(child(c, 'B516')) || undefined
      for (const s of children(c)) {
        if (s.name === 'B511' || s.name === 'B512') {
          // ` 7A 01B  45/00   A`: edition, then the symbol with the section split off.
          const printed = text(s)
            .replace(/^\s*\d+\s*/, '')
            .replace(/\s+[A-Z]$/, '')
          const symbol = normalizeIpcText(printed.replace(/\s+/, ''))
          if (symbol) {
            list.add({
              scheme: 'ipc',
              symbol,
              role: s.name === 'B511' ? 'main' : 'further',
              version: edition,
            })
          } else {
            ctx.warn(`B510/${s.name}`, `not an IPC symbol: "${text(s)}"`)
          }
        }
      }
    } else if (c.name === 'B510EP' || c.name === 'B520EP') {
      const scheme = c.name === 'B510EP' ? 'ipc' : 'cpc'
      const tag = scheme === 'ipc' ? 'classification-ipcr' : 'classification-cpc'
      const holder = scheme === 'cpc' ? (child(c, 'classifications-cpc') ?? c) : c
      for (const s of children(holder, tag)) {
        const parsed = parseClassificationText(text(child(s, 'text')) || text(s), scheme)
        if (parsed) {
          list.add(parsed)
        } else {
          ctx.warn(`${c.name}/${tag}`, `not a symbol: "${text(s).slice(0, 40)}"`)
        }
      }
    } else if (c.name === 'B540') {
      let lang = ctx.lang
      for (const t of children(c)) {
        if (t.name === 'B541') {
          lang = normalizeLanguage(text(t))
        } else if (t.name === 'B542' && text(t)) {
          out.titles.push({ lang, text: text(t) })
        }
      }
    }
  }
  out.classifications = list.items
}

function partyOf(el: XmlElement, person: boolean, sequence: number): Party | undefined {
  const adr = child(el, 'adr')
  const country = text(child(adr, 'ctry')).toUpperCase()
  return partyFromPrintedName(
    text(child(el, 'snm')),
    {
      country: /^[A-Z]{2}$/.test(country) ? country : undefined,
      city: text(child(adr, 'city')) || undefined,
      sequence,
    },
    person,
  )
}

/** `B700`: applicants (B711), inventors (B721), proprietors (B731, as assignees), agents (B741). */
function parties(el: XmlElement | undefined): Parties {
  const out = emptyParties()
  const groups: [string, string, keyof Parties, boolean][] = [
    ['B710', 'B711', 'applicants', false],
    ['B720', 'B721', 'inventors', true],
    ['B730', 'B731', 'assignees', false],
    ['B740', 'B741', 'agents', false],
  ]
  for (const [group, item, key, person] of groups) {
    children(child(el, group), item).forEach((p, i) => {
      const party = partyOf(p, person, i + 1)
      if (party) {
        out[key].push(party)
      }
    })
  }
  return out
}

/** `B800`: the PCT application (B861) and publication (B871) of a Euro-PCT document. */
function pctData(el: XmlElement | undefined): PctData | undefined {
  const filingEl = child(el, 'B860')
  const publEl = child(el, 'B870')
  const pct: PctData = {}
  const anum = text(child(child(child(filingEl, 'B861'), 'dnum'), 'anum'))
  const m = /^([A-Z]{2})(\d{4})(\d+)$/.exec(anum.replace(/[\s/]+/g, '').replace(/^PCT/, ''))
  if (m) {
    const date = dateOf(child(filingEl, 'B861'))
    pct.filing = {
      country: 'WO',
      number: `PCT/${m[1]}${m[2]}/${(m[3] ?? '').padStart(6, '0')}`,
      ...(date ? { date } : {}),
    }
  }
  const pnum = text(child(child(child(publEl, 'B871'), 'dnum'), 'pnum'))
  const pn = pnum ? parsePublicationNumber(pnum) : undefined
  if (pn) {
    const date = dateOf(child(publEl, 'B871'))
    pct.publication = { country: pn.country, number: pn.number, ...(date ? { date } : {}) }
  }
  return pct.filing || pct.publication ? pct : undefined
}

/** `B600`: the parent application of a divisional (B620/B620EP `parent/pdoc|cdoc`). */
function related(el: XmlElement | undefined): RelatedDocument[] {
  const out: RelatedDocument[] = []
  for (const c of children(el)) {
    if (c.name !== 'B620' && c.name !== 'B620EP') {
      continue
    }
    for (const parent of children(c, 'parent')) {
      for (const doc of children(parent)) {
        const dnum = child(doc, 'dnum')
        const anum = text(child(dnum, 'anum'))
        if (!anum) {
          continue
        }
        const date = dateOf(doc)
        const pnum = text(child(dnum, 'pnum'))
        const grant = pnum ? parsePublicationNumber(`EP${pnum}`) : undefined
        out.push({
          relation: 'division',
          document: { country: 'EP', number: epApplicationNumber(anum), ...(date ? { date } : {}) },
          ...(grant ? { parentGrant: { country: 'EP', number: grant.number } } : {}),
        })
      }
    }
  }
  return out
}

/** Maps the `SDOBI` block of an `ep-patent-document`. */
export function mapSdobi(sdobi: XmlElement | undefined, ctx: MapContext): EpBiblio {
  const b100 = child(sdobi, 'B100')
  const b200 = child(sdobi, 'B200')
  const b400 = child(sdobi, 'B400')
  const appNumber = text(child(b200, 'B210'))
  const appDate = dateOf(child(b200, 'B220'))
  const out: EpBiblio = {
    number: text(child(b100, 'B110')) || undefined,
    kind: text(child(b100, 'B130')) || undefined,
    date: dateOf(child(b100, 'B140')),
    country: text(child(b100, 'B190')) || undefined,
    application: appNumber
      ? {
          country: 'EP',
          number: epApplicationNumber(appNumber),
          ...(appDate ? { date: appDate } : {}),
        }
      : undefined,
    grantDate: dateOf(child(b400, 'B450')),
    priorityClaims: priorities(child(sdobi, 'B300'), ctx),
    classifications: [],
    titles: [],
    parties: parties(child(sdobi, 'B700')),
    pct: pctData(child(sdobi, 'B800')),
    relatedDocuments: related(child(sdobi, 'B600')),
  }
  classificationsAndTitles(child(sdobi, 'B500'), ctx, out)
  return out
}
