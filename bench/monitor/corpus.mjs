// Lean synthetic corpus for the monitoring benchmark: bibliographic rows only (publications,
// applicant parties, CPC, citations, titles in the FTS index), written straight into the real
// schema, so 1,000,000 documents take minutes, not the hour a full-text ingest would.
// Deterministic: the same seed always gives the same store.
import { createHash } from 'node:crypto'

/** Mulberry32 PRNG. */
export function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const COUNTRIES = [
  'US',
  'US',
  'US',
  'CN',
  'CN',
  'CN',
  'EP',
  'EP',
  'JP',
  'JP',
  'KR',
  'WO',
  'DE',
  'GB',
]
const SECTIONS = [
  'G06N',
  'G06F',
  'G06T',
  'G06V',
  'G06Q',
  'H04L',
  'H04N',
  'H04W',
  'B25J',
  'B62D',
  'G05B',
  'G05D',
  'H01L',
  'H01M',
  'A61B',
  'G01S',
  'B60W',
  'G10L',
  'G16H',
  'H02J',
]
const WORDS =
  'robot neural network learning vision control gait battery sensor actuator image speech model training inference camera lidar planning grasp manipulator drone vehicle charging memory processor'.split(
    ' ',
  )
const FORMS = [
  ['Co., Ltd.', 'CO LTD', 'Co Ltd'],
  ['Corporation', 'CORP.', 'Corp'],
  ['Inc.', 'INC', 'Incorporated'],
  ['GmbH', 'GMBH', 'GmbH'],
  ['Technology Co., Ltd.', 'TECHNOLOGY CO LTD', 'Technology Co Ltd'],
]
const STEMS =
  'Acme Zenith Orion Nova Apex Vertex Quantum Helix Vector Pioneer Summit Falcon Atlas Titan Aurora Polar Delta Sigma Omega Lumen'.split(
    ' ',
  )
const FIELDS =
  'Robotics Intelligence Vision Motors Semiconductor Networks Dynamics Systems Devices Automation'.split(
    ' ',
  )

/** `count` companies, each with three spellings of its name (case, punctuation, legal form). */
export function companies(count, random) {
  const out = []
  for (let i = 0; i < count; i++) {
    const stem = `${STEMS[i % STEMS.length]}${i >= STEMS.length ? ` ${Math.floor(i / STEMS.length)}` : ''}`
    const base = `${stem} ${FIELDS[Math.floor(random() * FIELDS.length)]}`
    const forms = FORMS[i % FORMS.length]
    out.push([`${base} ${forms[0]}`, `${base.toUpperCase()} ${forms[1]}`, `${base} ${forms[2]}`])
  }
  return out
}

/**
 * Writes documents `from` … `to - 1` into an open better-sqlite3 database with the Chuhai schema.
 * Company popularity is Zipf-like (a few big filers), 1–4 CPC groups, 0–4 citations to earlier
 * documents, a family id shared by about a third of the documents.
 */
export function writeDocuments(db, { from, to, seed, firms }) {
  const random = rng(seed + from)
  const pub =
    db.prepare(`INSERT INTO publications (doc, id, country, number, kind, pub_date, app_country, app_number, app_date,
    document_type, stage, grant_date, family_docdb, claim_count, source_format, content_hash, record)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'utility', ?, ?, ?, 10, 'bench-synthetic', ?, '{}')`)
  const party = db.prepare(
    `INSERT INTO parties (doc, role, seq, name, kind, country) VALUES (?, 'applicant', ?, ?, 'organization', ?)`,
  )
  const cls = db.prepare(
    `INSERT INTO classifications (doc, seq, scheme, symbol, role) VALUES (?, ?, 'cpc', ?, 'inventive')`,
  )
  const cite = db.prepare(
    `INSERT INTO citations (doc, seq, cited_ref, cited_country, cited_number, cited_kind, category) VALUES (?, ?, ?, 'US', ?, 'B2', 'cited-by-examiner')`,
  )
  const text = db.prepare(
    `INSERT INTO texts (doc, field, seq, lang, text) VALUES (?, 'title', 0, 'en', ?)`,
  )
  const fts = db.prepare(
    `INSERT INTO patent_fts (rowid, title, abstract, claims, description) VALUES (?, ?, '', '', '')`,
  )
  const batch = 20_000
  for (let start = from; start < to; start += batch) {
    db.exec('BEGIN')
    for (let n = start; n < Math.min(to, start + batch); n++) {
      const doc = n + 1
      const country = COUNTRIES[Math.floor(random() * COUNTRIES.length)]
      const grant = random() < 0.5
      const number = String(20_000_000 + n)
      const kind = grant ? 'B2' : 'A1'
      const year = 2005 + Math.floor((n / 1_000_000) * 20)
      const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`
      const fam = random() < 0.33 ? `F${Math.floor(n / 3)}` : null
      pub.run(
        doc,
        `${country}-${number}-${kind}`,
        country,
        number,
        kind,
        date,
        country,
        `A${number}`,
        date,
        grant ? 'grant' : 'application',
        grant ? date : null,
        fam,
        createHash('sha1').update(number).digest('hex'),
      )
      const firm = firms[Math.min(firms.length - 1, Math.floor(firms.length * random() ** 3))]
      party.run(doc, 0, firm[Math.floor(random() * 3)], country === 'WO' ? null : country)
      const groups = 1 + Math.floor(random() * 4)
      for (let g = 0; g < groups; g++) {
        const sub = SECTIONS[Math.floor(random() ** 1.5 * SECTIONS.length)]
        cls.run(
          doc,
          g,
          `${sub} ${1 + Math.floor(random() * 40)}/${String(Math.floor(random() * 100)).padStart(2, '0')}`,
        )
      }
      const cites = n > 1000 ? Math.floor(random() * 5) : 0
      for (let c = 0; c < cites; c++) {
        const target = 20_000_000 + Math.floor(random() * n)
        cite.run(doc, c, `US-${target}`, String(target))
      }
      const title = Array.from(
        { length: 6 },
        () => WORDS[Math.floor(random() * WORDS.length)],
      ).join(' ')
      text.run(doc, title)
      fts.run(doc, title)
    }
    db.exec('COMMIT')
  }
}
