import { Buffer } from 'node:buffer'

// Synthetic records shaped like USPTO utility grants: ~60 KB of text each (title, ~900-char
// abstract, 50 KB description, 20 claims), 10 citations, 5 CPC symbols, 8 parties. Words follow a
// Zipf(1.07) law over 40,000 pseudo-words so the FTS index sees a realistic vocabulary. Deterministic.

let seed = 42
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647

const LETTERS = 'etaoinshrdlcumwfgypbvkjxqz'
const VOCABULARY = Array.from({ length: 40_000 }, () => {
  let w = ''
  for (let j = 3 + Math.floor(random() * 8); j > 0; j--) {
    w += LETTERS[Math.floor(Math.pow(random(), 1.6) * 26)]
  }
  return w
})
const CDF = []
let total = 0
for (let i = 1; i <= VOCABULARY.length; i++) {
  total += 1 / Math.pow(i, 1.07)
  CDF.push(total)
}

function word() {
  const x = random() * total
  let lo = 0
  let hi = CDF.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (CDF[mid] < x) lo = mid + 1
    else hi = mid
  }
  return VOCABULARY[lo]
}

/** About `chars` characters of words, with a sentence break every ~20 words. */
export function text(chars) {
  const parts = []
  let length = 0
  for (let i = 1; length < chars; i++) {
    const w = word()
    parts.push(i % 20 === 0 ? `${w}.` : w)
    length += w.length + 1
  }
  return parts.join(' ')
}

const person = (i) => ({
  name: `${text(8)}, ${text(6)}`,
  kind: 'person',
  country: 'US',
  sequence: i,
})

/** The `i`-th synthetic grant. */
export function syntheticGrant(i) {
  const number = String(10_000_000 + i)
  return {
    id: `US-${number}-B2`,
    publication: { country: 'US', number, kind: 'B2', date: '2018-06-19' },
    application: { country: 'US', number: String(15_000_000 + i), date: '2016-01-04' },
    documentType: 'utility',
    stage: 'grant',
    grantDate: '2018-06-19',
    priorityClaims: [],
    titles: [{ lang: 'en', text: text(80) }],
    abstracts: [{ lang: 'en', text: text(900) }],
    descriptions: [{ lang: 'en', text: text(50_000) }],
    claims: [
      {
        lang: 'en',
        claims: Array.from({ length: 20 }, (_, c) => ({
          number: c + 1,
          text: `${c + 1}. ${text(450)}`,
          dependsOn: c === 0 || c === 10 ? [] : [c < 10 ? 1 : 11],
          independent: c === 0 || c === 10,
        })),
      },
    ],
    parties: {
      applicants: [{ name: `${text(20)} Inc.`, kind: 'organization', country: 'US' }],
      assignees: [
        { name: `${text(20)} Corp.`, kind: 'organization', country: 'US', roleCode: '02' },
      ],
      inventors: [person(1), person(2), person(3)],
      agents: [{ name: `${text(15)} LLP`, kind: 'organization' }],
      examiners: [person(1)],
    },
    classifications: Array.from({ length: 5 }, (_, c) => ({
      scheme: 'cpc',
      symbol: `G06N ${3 + c}/0${c}`,
      role: c === 0 ? 'inventive' : 'additional',
      version: '20130101',
    })),
    citations: Array.from({ length: 10 }, (_, c) => {
      const cited = String(5_000_000 + ((i * 7 + c * 13) % 4_000_000))
      return {
        document: { country: 'US', number: cited, kind: 'A', date: '1995-01-01' },
        documentRef: `US-${cited}-A`,
        category: c % 2 ? 'examiner' : 'applicant',
        citedName: text(8),
        sequence: c + 1,
      }
    }),
    relatedDocuments: [
      {
        relation: 'continuation',
        document: { country: 'US', number: '14123456', date: '2014-01-01' },
      },
    ],
    claimCount: 20,
    figureCount: 7,
    source: {
      format: 'uspto-grant-v4',
      file: 'ipg180619.xml',
      offset: i * 90_000,
      produced: '2018-06-05',
    },
  }
}

/** UTF-8 bytes of the record's text fields (titles, abstracts, descriptions, claims). */
export function textBytes(record) {
  const texts = [...record.titles, ...record.abstracts, ...record.descriptions]
  let bytes = 0
  for (const t of texts) bytes += Buffer.byteLength(t.text)
  for (const set of record.claims) for (const c of set.claims) bytes += Buffer.byteLength(c.text)
  return bytes
}
