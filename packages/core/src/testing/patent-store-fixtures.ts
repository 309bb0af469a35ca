import { emptyParties, type PatentRecord } from '../model/patent.js'
import type { IngestCheckpoint } from '../store/patent-store.js'
import { buildPatentRecord } from './factories.js'

/** A record with canonical id `id` (`EP-1000000-A1`), its publication number taken from the id. */
export function recordAt(
  id: string,
  date: string | undefined,
  overrides: Partial<PatentRecord> = {},
): PatentRecord {
  const [country = 'US', number = '1', kind] = id.split('-')
  const publication = { country, number, ...(kind ? { kind } : {}), ...(date ? { date } : {}) }
  return buildPatentRecord({ id, publication, ...overrides })
}

/** The same record in a later version: another abstract and production date. */
export function newerVersion(record: PatentRecord, produced: string): PatentRecord {
  return {
    ...record,
    abstracts: [{ lang: 'en', text: `Corrected abstract of ${record.id}.` }],
    source: { ...record.source, produced },
  }
}

/** A checkpoint with overrides. */
export function buildCheckpoint(overrides: Partial<IngestCheckpoint> = {}): IngestCheckpoint {
  return {
    source: '/data/ipg180619.zip!ipg180619.xml',
    size: 123_456_789,
    mtimeMs: 1_529_366_400_123.5,
    committedOffset: 4_096,
    documents: 3,
    complete: false,
    ...overrides,
  }
}

/**
 * A record no store can write: reading its claims throws. Any adapter must read the claims to
 * store them, so an upsert containing it fails part-way, which is what atomicity tests need.
 */
export function unreadableRecord(id: string): PatentRecord {
  const record = recordAt(id, '2019-01-01')
  Object.defineProperty(record, 'claims', {
    enumerable: true,
    get(): never {
      throw new Error('conformance: this record cannot be read')
    },
  })
  return record
}

/** A grant with a description of `descriptionChars` characters and `claims` claims. */
export function largeRecord(id: string, descriptionChars: number, claims: number): PatentRecord {
  const paragraph =
    'The lithium-ion cell stack — rated 3.7 V at 25 °C — is balanced by µ-controllers. '
  return recordAt(id, '2020-01-07', {
    descriptions: [
      {
        lang: 'en',
        text: paragraph
          .repeat(Math.ceil(descriptionChars / paragraph.length))
          .slice(0, descriptionChars),
      },
    ],
    claims: [
      {
        lang: 'en',
        claims: Array.from({ length: claims }, (_, i) => ({
          number: i + 1,
          text: `${i + 1}. The robot of claim 1, wherein ${'the battery '.repeat(40)}is charged.`,
          dependsOn: i === 0 ? [] : [1],
          independent: i === 0,
        })),
      },
    ],
  })
}

/** A Chinese utility-model grant with every optional field of the model filled. */
export function buildFullRecord(): PatentRecord {
  return {
    id: 'CN-216000000-U',
    publication: { country: 'CN', number: '216000000', kind: 'U', date: '2022-03-15' },
    application: { country: 'CN', number: '202122345678', date: '2021-09-28' },
    documentType: 'utility-model',
    stage: 'grant',
    grantDate: '2022-03-15',
    priorityClaims: [
      { country: 'US', number: '63/123,456', date: '2020-10-01', kind: 'national', sequence: 1 },
    ],
    titles: [
      { lang: 'zh', text: '一种锂离子电池的均衡装置' },
      { lang: 'en', text: 'Balancing device for a lithium-ion battery' },
    ],
    abstracts: [
      { lang: 'zh', text: '本实用新型公开了一种电池均衡装置，包括控制器和开关阵列。' },
      {
        lang: 'en',
        text: 'A balancing device has a controller and a switch array.\n"Quoted" \\ back.',
      },
      { lang: 'und', text: '' },
    ],
    descriptions: [
      {
        lang: 'zh',
        text: '技术领域\n本实用新型涉及电池管理。\n\n背景技术\n现有的均衡装置效率低。',
      },
      {
        lang: 'en',
        text: 'FIELD\nBattery management — at 25 °C, 3.7 V ± 0.1 V, 10 µA.\n\tTabbed line.',
      },
    ],
    claims: [
      {
        lang: 'zh',
        claims: [
          {
            number: 1,
            text: '1. 一种电池均衡装置，其特征在于，包括控制器。',
            dependsOn: [],
            independent: true,
          },
          {
            number: 2,
            text: '2. 根据权利要求1所述的装置，其特征在于……',
            dependsOn: [1],
            independent: false,
          },
        ],
      },
      {
        lang: 'en',
        claims: [
          {
            number: 1,
            text: '1. A balancing device comprising a controller.',
            dependsOn: [],
            independent: true,
          },
          { number: 2, text: '2. (canceled)', dependsOn: [], independent: false, cancelled: true },
          {
            number: 3,
            text: '3. The device of claims 1 or 2.',
            dependsOn: [1, 2],
            independent: false,
            cancelled: false,
          },
        ],
      },
    ],
    parties: {
      ...emptyParties(),
      applicants: [
        {
          name: '深圳市示例科技有限公司',
          kind: 'organization',
          country: 'CN',
          city: '深圳',
          sequence: 1,
        },
      ],
      assignees: [
        {
          name: 'Example Tech (Shenzhen) Co., Ltd.',
          kind: 'organization',
          country: 'CN',
          roleCode: '03',
        },
      ],
      inventors: [
        {
          name: 'Zhang, Wei',
          kind: 'person',
          lastName: 'Zhang',
          firstName: 'Wei',
          country: 'CN',
          city: 'Shenzhen',
          state: 'GD',
          sequence: 1,
        },
        {
          name: 'Müller, Jörg',
          kind: 'person',
          lastName: 'Müller',
          firstName: 'Jörg',
          country: 'DE',
        },
      ],
      agents: [{ name: 'Beijing Example IP Law Firm', kind: 'organization' }],
      examiners: [{ name: 'Li, Na', kind: 'person', lastName: 'Li', firstName: 'Na' }],
    },
    classifications: [
      { scheme: 'cpc', symbol: 'H02J 7/0014', role: 'inventive', version: '20130101' },
      { scheme: 'ipc', symbol: 'H01M 10/44', role: 'additional', version: '8' },
      { scheme: 'uspc', symbol: '320/116' },
    ],
    citations: [
      {
        document: { country: 'US', number: '9000000', kind: 'B2', date: '2015-04-07' },
        documentRef: 'US-9000000-B2',
        category: 'examiner',
        relevance: ['X', 'Y'],
        phase: 'SEA',
        citedName: 'Smith',
        sequence: 1,
      },
      {
        npl: 'Li et al., "Cell balancing", J. Power Sources 12 (2019) 1–9.',
        category: 'applicant',
        sequence: 2,
      },
    ],
    relatedDocuments: [
      {
        relation: 'continuation',
        document: { country: 'US', number: '16123456', date: '2019-01-02' },
        child: { country: 'US', number: '17234567' },
        parentStatus: 'GRANTED',
        parentGrant: { country: 'US', number: '10999999', kind: 'B2' },
      },
      {
        relation: 'provisional',
        document: { country: 'US', number: '62000001', date: '2018-01-01' },
      },
    ],
    family: { docdb: '80000001', inpadoc: '80000002' },
    term: {
      extensionDays: 120,
      terminalDisclaimer: true,
      lengthYears: 10,
      disclaimerText: 'Subject to a disclaimer.',
    },
    pct: {
      filing: { country: 'WO', number: 'PCT/CN2021/123456', date: '2021-09-28' },
      publication: { country: 'WO', number: '2022012345', kind: 'A1', date: '2022-01-20' },
      nationalPhaseEntryDate: '2022-02-01',
    },
    claimCount: 3,
    figureCount: 4,
    source: {
      format: 'cnipa-test',
      formatVersion: 'v1.0 2021-01-01',
      file: 'CN_UM_20220315.zip',
      offset: 1_048_576,
      produced: '2022-03-10',
    },
  }
}
