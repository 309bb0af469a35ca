// Builds the web benchmark's store: the real USPTO documents of ../shared ingested, then
// synthetic documents up to N (default 100,000) made by recombining sentences, claims, titles,
// applicants and CPC codes of those real documents (deterministic PRNG), each with its own id.
// Usage: node bench/web/seed.mjs DB [N]
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { ingest } from '@chuhai/ingest'
import { createSqliteStore } from '@chuhai/store-sqlite'

const [db, nArg] = process.argv.slice(2)
const target = Number(nArg ?? 100_000)
const root = resolve(import.meta.dirname, '../..')
const shared = process.env.CHUHAI_SHARED ?? resolve(root, '../shared')
const store = createSqliteStore({ path: db })
if ((await store.count()) < 100) {
  const sources = ['data/PatentsView-DB', 'data/go-uspto', 'data/USPTO-PatentPublicData']
    .map((p) => resolve(shared, p))
    .filter((p) => existsSync(p))
  const summary = await ingest(sources, { store })
  console.log(`real documents: ${summary.documents} (${summary.failed} failed)`)
}
const have = await store.count()
if (have >= target) {
  console.log(`store holds ${have} documents already`)
  await store.close()
  process.exit(0)
}

// Material from the real records.
const real = []
for (const id of await store.matchIds('the OR a OR of', 5000)) {
  const r = await store.get(id)
  if (r && r.claims.length > 0 && r.abstracts.length > 0) {
    real.push(r)
  }
}
const sentences = real.flatMap((r) =>
  [...r.abstracts, ...r.descriptions].flatMap((t) =>
    t.text.split(/(?<=\.)\s+/).filter((s) => s.length > 40 && s.length < 400),
  ),
)
const claims = real
  .flatMap((r) => r.claims.flatMap((s) => s.claims))
  .filter((c) => c.text.length < 1500)
const titles = real.flatMap((r) => r.titles.map((t) => t.text))
const parties = real
  .flatMap((r) => [...r.parties.assignees, ...r.parties.applicants])
  .filter((p) => p.kind === 'organization')
const cpcs = real.flatMap((r) => r.classifications).filter((c) => c.scheme === 'cpc')
console.log(
  `material: ${real.length} records, ${sentences.length} sentences, ${claims.length} claims`,
)

let seed = 42
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
const pick = (list) => list[Math.floor(rand() * list.length)]
const countries = ['US', 'US', 'US', 'EP', 'CN', 'JP', 'KR', 'WO']
const base = real[0]
let n = have
let batch = []
const started = Date.now()
for (let i = 0; n < target; i++) {
  const country = pick(countries)
  const number = String(30_000_000 + i)
  const year = 2000 + Math.floor(rand() * 26)
  const date = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`
  const kind = country === 'US' ? 'B2' : country === 'WO' ? 'A1' : pick(['A1', 'B1'])
  const claim1 = pick(claims)
  batch.push({
    ...base,
    id: `${country}-${number}-${kind}`,
    publication: { country, number, kind, date },
    application: { country, number: `9${number}`, date },
    stage: kind.startsWith('B') ? 'grant' : 'application',
    grantDate: kind.startsWith('B') ? date : undefined,
    priorityClaims: [],
    titles: [{ lang: 'en', text: pick(titles) }],
    abstracts: [
      { lang: 'en', text: [pick(sentences), pick(sentences), pick(sentences)].join(' ') },
    ],
    descriptions: [
      { lang: 'en', text: Array.from({ length: 12 }, () => pick(sentences)).join('\n') },
    ],
    claims: [
      {
        lang: 'en',
        claims: [
          { ...claim1, number: 1, dependsOn: [], independent: true },
          {
            number: 2,
            text: `2. The method of claim 1, wherein ${pick(sentences).toLowerCase()}`,
            dependsOn: [1],
            independent: false,
          },
        ],
      },
    ],
    parties: {
      ...base.parties,
      applicants: [],
      inventors: [],
      agents: [],
      examiners: [],
      assignees: parties.length ? [pick(parties)] : [],
    },
    classifications: cpcs.length ? [pick(cpcs), pick(cpcs)] : [],
    citations: [],
    relatedDocuments: [],
    family: undefined,
    source: { format: 'bench-synthetic' },
  })
  if (batch.length === 1000) {
    await store.upsert(batch)
    n += batch.length
    batch = []
    if (n % 10_000 < 1000) {
      console.log(`${n} documents (${((Date.now() - started) / 1000).toFixed(0)} s)`)
    }
  }
}
if (batch.length > 0) {
  await store.upsert(batch)
}
await store.optimize()
console.log(`store holds ${await store.count()} documents`)
await store.close()
