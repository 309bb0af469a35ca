import { normalizeCpc, type Classification } from '../../../model/classification.js'
import { toIsoDate } from '../../../model/document-id.js'
import { emptyParties, type PatentRecord } from '../../../model/patent.js'
import {
  formatPublicationId,
  normalizeApplicationNumber,
  parsePublicationNumber,
} from '../../../model/publication-number.js'
import { normalizeLanguage } from '../../../model/text.js'
import type { FieldReader, JsonObject } from '../../json/field-reader.js'
import { stageFromKind, typeFromKind } from '../google-patents-bq/kinds.js'
import { USPTO_ODP_FORMAT } from './file-wrapper.js'

/**
 * One hit of a USPTO Patent Public Search (PPUBS) response (`patents[]` of a search, or the
 * array of a document request): a US publication with its bibliographic fields — title,
 * applicants, assignees, first inventor, CPC (inventive and additional), IPC, USPC, examiner,
 * application and the DOCDB family id (`familyIdentifierCur`).
 */
export function ppubsRecord(
  r: FieldReader,
  hit: JsonObject,
  file?: string,
): PatentRecord | undefined {
  const guid = r.string(hit, 'guid')
  const pn = parsePublicationNumber(guid)
  if (!pn) {
    r.warn('guid', `not a publication number: ${JSON.stringify(guid)}`)
    return undefined
  }
  const date = toIsoDate(r.string(hit, 'datePublished').slice(0, 10))
  const stage = stageFromKind(pn.country, pn.number, pn.kind)
  const title = r.string(hit, 'inventionTitle')
  const lang = normalizeLanguage(r.string(hit, 'languageIndicator') || 'en')
  const record: PatentRecord = {
    id: formatPublicationId(pn),
    publication: { ...pn, ...(date ? { date } : {}) },
    documentType: typeFromKind(pn.country, pn.number, pn.kind),
    stage,
    priorityClaims: [],
    titles: title ? [{ lang, text: title }] : [],
    abstracts: [],
    descriptions: [],
    claims: [],
    parties: parties(r, hit),
    classifications: classifications(r, hit),
    citations: [],
    relatedDocuments: [],
    source: { format: USPTO_ODP_FORMAT, formatVersion: 'ppubs', file },
  }
  if (stage === 'grant' && date) {
    record.grantDate = date
  }
  const app = normalizeApplicationNumber(r.string(hit, 'applicationNumber'))
  if (app) {
    const filed = toIsoDate(r.strings(hit, 'applicationFilingDate')[0]?.slice(0, 10))
    record.application = { country: 'US', number: app, ...(filed ? { date: filed } : {}) }
  }
  const family = r.string(hit, 'familyIdentifierCurStr') || r.string(hit, 'familyIdentifierCur')
  if (family) {
    record.family = { docdb: family }
  }
  return record
}

function parties(r: FieldReader, hit: JsonObject): PatentRecord['parties'] {
  const out = emptyParties()
  out.applicants = r
    .strings(hit, 'applicantName')
    .map((name, i) => ({ name, kind: 'unknown' as const, sequence: i }))
  out.assignees = r
    .strings(hit, 'assigneeName')
    .map((name, i) => ({ name, kind: 'organization' as const, sequence: i }))
  // PPUBS gives the first inventor only ("Henley; Francois J. et al.").
  const first = r.string(hit, 'inventorsShort').replace(/\s+et al\.?$/, '')
  if (first) {
    const [last, given] = first.split(';').map((s) => s.trim())
    out.inventors = [{ name: given ? `${last}, ${given}` : last!, kind: 'person', sequence: 0 }]
  }
  for (const key of ['primaryExaminer'] as const) {
    const name = r.string(hit, key)
    if (name) {
      const [last, given] = name.split(';').map((s) => s.trim())
      out.examiners.push({ name: given ? `${last}, ${given}` : last!, kind: 'person' })
    }
  }
  return out
}

function classifications(r: FieldReader, hit: JsonObject): Classification[] {
  const out: Classification[] = []
  const split = (key: string): string[] =>
    r
      .string(hit, key)
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)
  for (const [key, role] of [
    ['cpcInventiveFlattened', 'inventive'],
    ['cpcAdditionalFlattened', 'additional'],
  ] as const) {
    for (const raw of split(key)) {
      const symbol = normalizeCpc(raw)
      if (symbol) {
        out.push({ scheme: 'cpc', symbol, role })
      }
    }
  }
  for (const raw of split('ipcCodeFlattened')) {
    const symbol = normalizeCpc(raw)
    if (symbol) {
      out.push({ scheme: 'ipc', symbol })
    }
  }
  for (const symbol of split('uspcFullClassificationFlattened')) {
    out.push({ scheme: 'uspc', symbol })
  }
  return out
}
