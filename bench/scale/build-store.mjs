// Builds a deterministic N-document Chuhai store for scale benchmarks (FTO, search) through the real
// write path (`SqlitePatentStore.upsert`, FTS5 included, legal events normalised by the status
// rules). Documents recombine real texts of ../shared (bench/scale/source-pool.mjs): every real
// record (ultrasound set, USPTO weekly grants) is stored as it is, then synthetic families are added
// until N: each family takes a title and abstract from one real document, its claims (real claim
// structure, dependencies kept) from another, a description window from a third, an applicant and
// CPC symbols; its members are spread over US, EP, DE, JP, CN, KR and WO with shared priority claims
// (a DOCDB family id for 70 % of families, the rest computed from priorities), priority dates over
// 1995–2025, applications and grants, and stored legal events (US fee lapses, EP lapses in DE, CN
// terminations, EP withdrawals) for about one grant in ten.
//
// Usage: npm run build && node bench/scale/build-store.mjs N OUT.db [--seed S] [--force]
//   e.g. node bench/scale/build-store.mjs 1000000 /work/bench-cache/scale-1m.db
// The store is built as OUT.partial and renamed when complete; OUT.json records what was built.
// An existing OUT with a matching OUT.json is reused (printed and exit 0) unless --force.
import { existsSync, renameSync, rmSync, writeFileSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { LegalEventSet, PatentRecord } from '../../packages/core/dist/ingest/index.js'
import { createSqliteStore } from '../../packages/store-sqlite/dist/index.js'
import { loadSourcePool, CLAIMS_CHARS, DESCRIPTION_CHARS } from './source-pool.mjs'

/** Bump when the generated content changes, so cached stores are rebuilt. */
const GENERATOR_VERSION = 1
const BATCH = 1000
/** The store's "today": nothing is published after it. */
const TODAY = '2026-06-30'

const args = process.argv.slice(2)
const flag = (name) => {
  const i = args.indexOf(name)
  return i >= 0 ? args.splice(i, 2)[1] : undefined
}
const force = args.includes('--force')
const seed = Number(flag('--seed') ?? 20261202)
const positional = args.filter((a) => !a.startsWith('--'))
const n = Number(positional[0])
const out = positional[1] ? resolve(positional[1]) : undefined
if (!Number.isInteger(n) || n <= 0 || !out) {
  console.error('usage: node bench/scale/build-store.mjs N OUT.db [--seed S] [--force]')
  process.exit(2)
}
const shared = process.env.CHUHAI_SHARED ?? resolve(import.meta.dirname, '../../../shared')
if (!existsSync(shared)) {
  console.log(`skipped: no shared data at ${shared} (set CHUHAI_SHARED)`)
  process.exit(0)
}
const metaFile = `${out}.json`
const wanted = { documents: n, seed, generator: GENERATOR_VERSION }
if (!force && existsSync(out) && existsSync(metaFile)) {
  const meta = JSON.parse(readFileSync(metaFile, 'utf8'))
  if (
    meta.documents === wanted.documents &&
    meta.seed === wanted.seed &&
    meta.generator === wanted.generator
  ) {
    console.log(JSON.stringify({ cached: true, store: out, ...meta }))
    process.exit(0)
  }
}

// --- deterministic random numbers (mulberry32) -------------------------------------------------
let state = seed >>> 0
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0
  let t = state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1))
const pick = (list) => list[Math.floor(random() * list.length)]
const chance = (p) => random() < p

// --- dates ----------------------------------------------------------------------------------------
const DAY = 86_400_000
const START = Date.UTC(1995, 0, 1)
const END = Date.UTC(2025, 11, 31)
const iso = (ms) => new Date(ms).toISOString().slice(0, 10)
const addMonths = (date, months) => {
  const d = new Date(`${date}T00:00:00Z`)
  const day = d.getUTCDate()
  d.setUTCDate(1)
  d.setUTCMonth(d.getUTCMonth() + months)
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()
  d.setUTCDate(Math.min(day, last))
  return iso(d.getTime())
}
const addDays = (date, days) => iso(Date.parse(`${date}T00:00:00Z`) + days * DAY)

// --- numbering --------------------------------------------------------------------------------------
const started = performance.now()
const pool = loadSourcePool(shared)
const taken = new Set(pool.real.map((r) => r.id))
const serial = new Map()
const next = (key) => {
  const v = (serial.get(key) ?? 0) + 1
  serial.set(key, v)
  return v
}
const pad = (v, width) => String(v).padStart(width, '0')
/** Application number of a filing in `country` in `year`. */
const applicationNumber = (country, year) => {
  const s = next(`app:${country}:${year}`)
  switch (country) {
    case 'US':
      return `${pad(13 + (year % 7), 2)}${pad(s, 6)}`
    case 'CN':
      return `${year}1${pad(s, 7)}`
    case 'KR':
      return `10${year}${pad(s, 7)}`
    case 'DE':
      return `10${year}${pad(s, 6)}`
    case 'WO':
      return `PCT/XX${year}/${pad(s, 6)}`
    default:
      return `${year}${pad(s, 6)}`
  }
}
/** A publication id not used by a real record. */
const publicationId = (country, kind, year) => {
  for (;;) {
    const s = next(`pub:${country}:${kind[0]}:${kind[0] === 'B' ? '' : year}`)
    let number
    if (country === 'US') {
      number = kind === 'A1' ? `${year}${pad(s, 7)}` : String(20_000_000 + s)
    } else if (country === 'CN') {
      number = String((kind[0] === 'B' ? 130_000_000 : 120_000_000) + s)
    } else if (country === 'DE') {
      number = `${kind[0] === 'B' ? 12 : 11}${year}${pad(s, 6)}`
    } else if (country === 'WO') {
      number = `${year}${pad(s, 6)}`
    } else if (country === 'KR') {
      number = kind[0] === 'B' ? String(103_000_000 + s) : `${year}${pad(s, 7)}`
    } else {
      number = kind[0] === 'B' ? String(8_000_000 + s) : `${year}${pad(s, 6)}`
    }
    const id = `${country}-${number}-${kind}`
    if (!taken.has(id)) {
      taken.add(id)
      return { id, number }
    }
  }
}
// EP applications and their B1 share a number: keep one per application.
const epNumber = () => {
  for (;;) {
    const number = String(5_000_000 + next('pub:EP'))
    if (!taken.has(`EP-${number}-A1`) && !taken.has(`EP-${number}-B1`)) {
      return number
    }
  }
}

// --- families -----------------------------------------------------------------------------------------
const FIRST_OFFICE = [
  ['US', 0.35],
  ['CN', 0.25],
  ['JP', 0.12],
  ['KR', 0.08],
  ['DE', 0.08],
  ['EP', 0.07],
  ['WO', 0.05],
]
const FOLLOW_ON = { US: 0.5, EP: 0.4, CN: 0.3, JP: 0.3, KR: 0.15, DE: 0.15, WO: 0.35 }
const GRANT_RATE = { US: 0.65, EP: 0.5, CN: 0.55, JP: 0.6, KR: 0.6, DE: 0.5, WO: 0 }
const KIND = {
  US: ['A1', 'B2'],
  EP: ['A1', 'B1'],
  CN: ['A', 'B'],
  JP: ['A', 'B2'],
  KR: ['A', 'B1'],
  DE: ['A1', 'B4'],
  WO: ['A1', ''],
}
const firstOffice = () => {
  let r = random()
  for (const [c, p] of FIRST_OFFICE) {
    if ((r -= p) < 0) {
      return c
    }
  }
  return 'US'
}
const emptyParties = (name) => ({
  applicants: [{ name, kind: 'organization', sequence: 0 }],
  assignees: [],
  inventors: [],
  agents: [],
  examiners: [],
})

/** One synthetic family: its member records and legal-event sets. */
function family(index) {
  const priority = iso(START + Math.floor(random() * ((END - START) / DAY)) * DAY)
  const year = Number(priority.slice(0, 4))
  const first = firstOffice()
  const countries = [first]
  for (const [c, p] of Object.entries(FOLLOW_ON)) {
    if (c !== first && chance(p * (countries.length === 1 ? 1 : 0.8))) {
      countries.push(c)
    }
  }
  if (chance(0.45)) {
    countries.splice(1) // a national-only family
  }
  const front = pick(pool.fronts)
  const claims = pick(pool.claimSets)
  const zhCapable = chance(0.3)
  const zhFront = zhCapable ? pick(pool.zhFronts) : undefined
  const zhClaims = zhCapable && pool.zhClaimSets.length > 0 ? pick(pool.zhClaimSets) : undefined
  const description = pick(pool.descriptions)
  const start = int(0, Math.max(0, description.length - 1))
  let descText = ''
  for (let i = start; i < description.length && descText.length < DESCRIPTION_CHARS; i++) {
    descText += `${description[i]}\n`
  }
  const applicant = pick(pool.applicants)
  const cpc = [...claims.cpc, ...front.cpc].slice(0, 4)
  const docdb = chance(0.7) ? String(600_000_000 + index) : undefined
  const priorityApp = { country: first, number: applicationNumber(first, year), date: priority }
  const records = []
  const legal = []
  for (const country of countries) {
    const own = country === first
    const filing = own ? priority : addMonths(priority, country === 'WO' ? 12 : int(10, 12))
    const application = own
      ? priorityApp
      : { country, number: applicationNumber(country, year), date: filing }
    const base = {
      documentType: 'utility',
      application,
      priorityClaims: own ? [] : [{ ...priorityApp, sequence: 0 }],
      priorityDate: priority,
      titles: [{ lang: 'en', text: front.title }],
      abstracts: [{ lang: 'en', text: front.abstract }],
      descriptions: [{ lang: 'en', text: descText.trim() }],
      claims: [{ lang: 'en', claims: claims.claims }],
      parties: emptyParties(applicant),
      classifications: cpc,
      citations: [],
      relatedDocuments: [],
      ...(docdb ? { family: { docdb } } : {}),
      source: { format: 'bench-scale', formatVersion: String(GENERATOR_VERSION) },
    }
    if (country === 'CN' && zhFront) {
      base.titles = [{ lang: 'zh', text: zhFront.title }, ...base.titles]
      base.abstracts = [{ lang: 'zh', text: zhFront.abstract }, ...base.abstracts]
      if (zhClaims) {
        base.claims = [{ lang: 'zh', claims: zhClaims.claims }, ...base.claims]
      }
    }
    const [aKind, bKind] = KIND[country]
    const aDate = addMonths(priority, 18)
    const granted = bKind && chance(GRANT_RATE[country])
    const grantDate = granted ? addDays(filing, int(700, 1900)) : undefined
    const keepA = !granted || country !== 'US' || chance(0.6)
    const epNo = country === 'EP' ? epNumber() : undefined
    if (keepA && aDate <= TODAY) {
      const { id, number } = epNo
        ? { id: `EP-${epNo}-${aKind}`, number: epNo }
        : publicationId(country, aKind, Number(aDate.slice(0, 4)))
      records.push({
        ...base,
        id,
        publication: { country, number, kind: aKind, date: aDate },
        stage: 'application',
      })
      if (!granted && country === 'EP' && chance(0.25) && addMonths(aDate, 30) <= TODAY) {
        legal.push(
          events(id, 'EP', [['18D', addMonths(aDate, 30), 'APPLICATION DEEMED TO BE WITHDRAWN']]),
        )
      }
    }
    if (granted && grantDate <= TODAY) {
      const { id, number } = epNo
        ? { id: `EP-${epNo}-${bKind}`, number: epNo }
        : publicationId(country, bKind, Number(grantDate.slice(0, 4)))
      records.push({
        ...base,
        id,
        publication: { country, number, kind: bKind, date: grantDate },
        stage: 'grant',
        grantDate,
        ...(country === 'US' && chance(0.5) ? { term: { extensionDays: int(1, 900) } } : {}),
      })
      const lapse = (years) => addMonths(grantDate, years * 12)
      if (country === 'US' && chance(0.12)) {
        const when = lapse(pick([4, 8, 12]))
        if (when <= TODAY) {
          legal.push(
            events(id, 'US', [
              [
                'EXPY',
                when,
                'Patent expired due to nonpayment of maintenance fees under 37 CFR 1.362',
              ],
            ]),
          )
        }
      } else if (country === 'EP' && chance(0.2)) {
        const when = lapse(int(1, 6))
        if (when <= TODAY) {
          legal.push(
            events(id, 'EP', [
              [
                'PG25',
                when,
                'LAPSED IN A CONTRACTING STATE [ANNOUNCED VIA POSTGRANT INFORMATION FROM NATIONAL OFFICE TO EPO]',
                pick(['DE', 'DE', 'FR', 'GB', 'IT']),
              ],
            ]),
          )
        }
      } else if ((country === 'CN' || country === 'JP' || country === 'KR') && chance(0.1)) {
        const when = lapse(int(2, 10))
        if (when <= TODAY) {
          legal.push(
            events(id, country, [
              ['CF01', when, 'Termination of patent right due to non-payment of annual fee'],
            ]),
          )
        }
      }
    }
  }
  return { records, legal }
}

function events(publication, country, list) {
  return {
    publication,
    events: list.map(([code, date, description, state]) => ({
      code,
      date,
      country: state ?? country,
      ...(state ? { state } : {}),
      description,
    })),
    source: { format: 'bench-scale' },
  }
}

// --- write ---------------------------------------------------------------------------------------------
const partial = `${out}.partial`
for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) {
  rmSync(f, { force: true })
}
const store = createSqliteStore({ path: partial })
let written = 0
let legalSets = 0
const countries = {}
let batch = []
let legalBatch = []
const flush = async () => {
  if (batch.length === 0) {
    return
  }
  await store.upsert(batch, { legal: legalBatch })
  written += batch.length
  legalSets += legalBatch.length
  for (const r of batch) {
    countries[r.publication.country] = (countries[r.publication.country] ?? 0) + 1
  }
  batch = []
  legalBatch = []
  if (written % 50_000 < BATCH) {
    const s = (performance.now() - started) / 1000
    console.error(`${written} documents, ${s.toFixed(0)} s (${Math.round(written / s)}/s)`)
  }
}
for (const r of pool.real) {
  if (written + batch.length >= n) {
    break
  }
  batch.push(r)
  if (batch.length >= BATCH) {
    await flush()
  }
}
await flush()
const loaded = performance.now()
let families = 0
while (written + batch.length < n) {
  const f = family(families++)
  if (families <= 200) {
    // The generator's records must be what a parser would produce: check the first families.
    f.records.forEach((r) => PatentRecord.parse(r))
    f.legal.forEach((l) => LegalEventSet.parse(l))
  }
  for (const r of f.records.slice(0, n - written - batch.length)) {
    batch.push(r)
  }
  legalBatch.push(...f.legal.filter((l) => batch.some((r) => r.id === l.publication)))
  if (batch.length >= BATCH) {
    await flush()
  }
}
await flush()
const wroteSeconds = (performance.now() - loaded) / 1000
await store.optimize()
await store.close()
renameSync(partial, out)
const meta = {
  ...wanted,
  realDocuments: Math.min(pool.real.length, n),
  families,
  legalEventSets: legalSets,
  countries,
  pools: {
    fronts: pool.fronts.length,
    zhFronts: pool.zhFronts.length,
    claimSets: pool.claimSets.length,
    zhClaimSets: pool.zhClaimSets.length,
    descriptions: pool.descriptions.length,
    applicants: pool.applicants.length,
    claimsChars: CLAIMS_CHARS,
    descriptionChars: DESCRIPTION_CHARS,
  },
  seconds: Math.round((performance.now() - started) / 100) / 10,
  documentsPerSecond: Math.round((written - Math.min(pool.real.length, n)) / wroteSeconds),
  loadavg: loadavg().map((x) => Math.round(x * 100) / 100),
  built: new Date().toISOString(),
}
writeFileSync(metaFile, `${JSON.stringify(meta, null, 2)}\n`)
console.log(JSON.stringify({ cached: false, store: out, ...meta }))
