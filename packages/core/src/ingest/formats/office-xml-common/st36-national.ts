import type { ClaimSet } from '../../../model/claim.js'
import type { Classification } from '../../../model/classification.js'
import { toIsoDate } from '../../../model/document-id.js'
import { emptyParties, type PatentRecord, type PctData } from '../../../model/patent.js'
import type { Party } from '../../../model/party.js'
import type { PriorityClaim } from '../../../model/priority-claim.js'
import { formatPublicationId, parsePublicationNumber } from '../../../model/publication-number.js'
import { normalizeLanguage, type LocalizedText } from '../../../model/text.js'
import type { ParseContext, ParseIssue, ParseResult } from '../../parser.js'
import { child, children, descendants, proseText, text } from '../../xml/query.js'
import type { XmlElement } from '../../xml/tree.js'
import { createMapContext, prune, type MapContext } from '../uspto-v4-common/context.js'
import { ClassificationList } from '../uspto-v4-common/fragments/classifications.js'
import { mapSt36Claims } from './claims.js'
import { joinCjkWraps, withoutLineWraps } from './cjk-text.js'
import { parseClassificationText } from './ipcr-text.js'
import { invalidField, missingField, unknownCountry } from './issues.js'
import { publicationNumberOf, stageOfKind } from './kind-stage.js'
import { partyFromPrintedName } from './party-name.js'
import { patentCitation, readPatcit } from './st36-citations.js'
import { withoutPrefixes } from './local-names.js'

/** Element names of one national ST.36 dialect (CNIPA `cn-…`, JPO plain with `jp:` extensions). */
export interface St36Dialect {
  /** Parser id stored as `source.format`. */
  readonly format: string
  /** Office whose documents these are (`CN`, `JP`). */
  readonly office: string
  readonly biblio: string
  readonly publicationReference: string
  /** Kind code when the document-id prints it as words (JPO `公開特許公報(A)`): the root's ST.16 kind. */
  readonly kindAttribute?: string
}

/** `201410408762.5` → `201410408762` (CN and EP application numbers end in a check digit). */
export function withoutCheckDigit(raw: string): string {
  return raw
    .trim()
    .replace(/\.[\dX]$/i, '')
    .replace(/[^A-Z0-9/]/gi, '')
}

function docId(
  el: XmlElement | undefined,
  defaultCountry: string,
): { country: string; number?: string; kind?: string; date?: string } {
  const id = child(el, 'document-id') ?? el
  return {
    country: (text(child(id, 'country')) || defaultCountry).toUpperCase(),
    number: text(child(id, 'doc-number')) || undefined,
    kind: text(child(id, 'kind')) || undefined,
    date: toIsoDate(text(child(id, 'date'))),
  }
}

function classifications(biblio: XmlElement | undefined, ctx: MapContext): Classification[] {
  const list = new ClassificationList()
  const add = (raw: string, role?: Classification['role']): void => {
    const c = parseClassificationText(raw, 'ipc')
    if (!c) {
      ctx.warn('classification', `not an IPC symbol: "${raw.trim().slice(0, 40)}"`)
      return
    }
    const edition = /\((\d{4})\.(\d{2})\)/.exec(raw)
    list.add({
      ...c,
      ...(role && !c.role ? { role } : {}),
      ...(edition && !c.version ? { version: `${edition[1]}${edition[2]}01` } : {}),
    })
  }
  for (const c of descendants(child(biblio, 'classifications-ipcr'), 'text')) {
    add(text(c))
  }
  const ipc = child(biblio, 'classification-ipc')
  for (const c of children(ipc)) {
    if (c.name === 'main-clsf' || c.name === 'further-clsf') {
      add(text(c), c.name === 'main-clsf' ? 'main' : 'further')
    }
  }
  const national = child(biblio, 'classification-national')
  if (text(child(national, 'country')) === 'JP') {
    for (const c of children(national)) {
      if (c.name === 'main-clsf' || c.name === 'further-clsf') {
        const symbol = text(c).replace(/\s+/g, ' ')
        if (symbol) {
          list.add({ scheme: 'fi', symbol, role: c.name === 'main-clsf' ? 'main' : 'further' })
        }
      }
    }
  }
  for (const f of descendants(biblio, 'f-term')) {
    const symbol = text(f)
    if (symbol) {
      list.add({ scheme: 'fterm', symbol })
    }
  }
  return list.items
}

function party(el: XmlElement, person: boolean, sequence: number): Party | undefined {
  const book = child(el, 'addressbook') ?? el
  const agency = text(child(child(el, 'cn-agency'), 'name'))
  const name = text(child(book, 'name'))
  return partyFromPrintedName(
    name || agency,
    { sequence, ...(agency && name ? { roleCode: agency } : {}) },
    person,
  )
}

function parties(biblio: XmlElement | undefined): ReturnType<typeof emptyParties> {
  const out = emptyParties()
  const groups: [string, keyof typeof out, boolean][] = [
    ['applicant', 'applicants', false],
    ['cn-applicant', 'applicants', false],
    ['inventor', 'inventors', true],
    ['cn-inventor', 'inventors', true],
    ['agent', 'agents', false],
    ['cn-agent', 'agents', false],
  ]
  for (const [name, key, person] of groups) {
    descendants(biblio, name).forEach((el, i) => {
      const p = party(el, person, Number(el.attrs.sequence) || i + 1)
      if (p) {
        out[key].push(p)
      }
    })
  }
  return out
}

function priorities(biblio: XmlElement | undefined): PriorityClaim[] {
  const out: PriorityClaim[] = []
  for (const p of descendants(child(biblio, 'priority-claims'), 'priority-claim')) {
    const d = docId(p, '')
    if (d.country && d.number && /^[A-Z]{2}$/.test(d.country)) {
      const kind = p.attrs.kind
      out.push(
        prune({
          country: d.country,
          number: d.number,
          date: d.date,
          kind:
            kind === 'national' || kind === 'regional' || kind === 'international'
              ? kind
              : undefined,
          sequence: Number(p.attrs.sequence) || out.length + 1,
        }),
      )
    }
  }
  return out
}

function pct(biblio: XmlElement | undefined): PctData | undefined {
  const filing = docId(child(biblio, 'pct-or-regional-filing-data'), 'WO')
  const publishing = docId(child(biblio, 'pct-or-regional-publishing-data'), 'WO')
  const out: PctData = {}
  if (filing.number) {
    out.filing = prune({
      country: 'WO',
      number: filing.number.replace(/\s+/g, ''),
      date: filing.date,
    })
  }
  const pn = publishing.number ? parsePublicationNumber(`WO${publishing.number}`) : undefined
  if (pn) {
    out.publication = prune({
      country: 'WO',
      number: pn.number,
      date: publishing.date,
    })
  }
  return out.filing || out.publication ? out : undefined
}

function prose(el: XmlElement, lang: string): LocalizedText | undefined {
  const t = joinCjkWraps(proseText(el, new Set(['invention-title'])))
  return t ? { lang, text: t } : undefined
}

/**
 * Maps a national ST.36 document (CNIPA `cn-patent-document`, JPO `jp-official-gazette`): text is
 * kept as written (Chinese, Japanese) with the document's language tag; print line wraps (`br`)
 * are dropped so that words are not split; claim dependencies come from the wording
 * (`权利要求1`, `請求項１〜３`).
 */
export function mapSt36National(
  rootIn: XmlElement,
  context: ParseContext,
  dialect: St36Dialect,
): ParseResult {
  const root = withoutLineWraps(withoutPrefixes(rootIn))
  const issues: ParseIssue[] = []
  const lang =
    normalizeLanguage(root.attrs.lang) === 'und' ? 'zh' : normalizeLanguage(root.attrs.lang)
  const ctx = createMapContext(lang, issues)
  const biblio = child(root, dialect.biblio)
  const pub = docId(child(biblio, dialect.publicationReference), dialect.office)
  const kind = (dialect.kindAttribute ? root.attrs[dialect.kindAttribute] : undefined) ?? pub.kind
  const documentNumber = pub.number ? `${pub.country}${pub.number}${kind ?? ''}` : undefined
  const bad = unknownCountry(`${dialect.publicationReference}/country`, pub.country)
  if (bad) {
    return { issues: [bad], documentNumber }
  }
  if (!pub.number) {
    return { issues: [missingField(`${dialect.publicationReference}/document-id/doc-number`)] }
  }
  const pn = publicationNumberOf(pub.country, pub.number, kind)
  if (!pn) {
    return {
      issues: [
        invalidField(dialect.publicationReference, `"${pub.number}" is not a publication number`),
      ],
      documentNumber,
    }
  }
  const app = docId(child(biblio, 'application-reference'), pub.country)
  const titles: LocalizedText[] = []
  const title = text(child(biblio, 'invention-title'))
  if (title) {
    titles.push({ lang, text: title })
  }
  const abstracts: LocalizedText[] = []
  const descriptions: LocalizedText[] = []
  const claims: ClaimSet[] = []
  const body = child(root, 'application-body') ?? root
  for (const el of [...children(biblio, 'abstract'), ...children(root, 'abstract')]) {
    const t = prose(el, lang)
    if (t) {
      abstracts.push(t)
    }
  }
  for (const el of children(body)) {
    if (el.name === 'description') {
      const t = prose(el, lang)
      if (t) {
        descriptions.push(t)
      }
    } else if (el.name === 'claims') {
      const set = mapSt36Claims(el, { ...ctx, lang })
      const cleaned = {
        ...set,
        lang,
        claims: set.claims.map((c) => ({ ...c, text: joinCjkWraps(c.text) })),
      }
      if (cleaned.claims.length > 0) {
        claims.push(cleaned)
      }
    }
  }
  const citations = descendants(child(body, 'description'), 'patcit').flatMap((p, i) => {
    const { document } = readPatcit(p)
    if (document) {
      return [patentCitation(document, 'applicant', { phase: 'APP', sequence: i + 1 })]
    }
    const printed = text(p)
    return printed
      ? [{ npl: printed, category: 'applicant' as const, phase: 'APP', sequence: i + 1 }]
      : []
  })
  const { stage, documentType } = stageOfKind(pub.country, kind)
  const record: PatentRecord = prune({
    id: formatPublicationId(pn),
    publication: prune({ country: pub.country, number: pn.number, kind: pn.kind, date: pub.date }),
    application: app.number
      ? prune({ country: app.country, number: withoutCheckDigit(app.number), date: app.date })
      : undefined,
    documentType,
    stage,
    grantDate: stage === 'grant' ? pub.date : undefined,
    priorityClaims: priorities(biblio),
    titles,
    abstracts,
    descriptions,
    claims,
    parties: parties(biblio),
    classifications: classifications(biblio, ctx),
    citations,
    relatedDocuments: [],
    pct: pct(biblio),
    claimCount: Number(text(child(biblio, 'number-of-claims'))) || claims[0]?.claims.length,
    source: prune({
      format: dialect.format,
      formatVersion: root.attrs['dtd-version'],
      file: context.file,
      offset: context.offset,
    }),
  })
  return { record, issues, documentNumber: record.id }
}
