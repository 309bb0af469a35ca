import { emptyParties, type PatentRecord } from '../model/patent.js'

/**
 * A valid `PatentRecord` with overrides (outline's `buildUser(overrides)` pattern).
 * The default is a small US grant with one independent and one dependent claim.
 */
export function buildPatentRecord(overrides: Partial<PatentRecord> = {}): PatentRecord {
  const id = overrides.id ?? 'US-10000000-B2'
  const [country = 'US', number = '10000000', kind = 'B2'] = id.split('-')
  return {
    id,
    publication: { country, number, kind, date: '2018-06-19' },
    application: { country, number: '15123456', date: '2016-01-04' },
    documentType: 'utility',
    stage: 'grant',
    grantDate: '2018-06-19',
    priorityClaims: [],
    titles: [{ lang: 'en', text: 'Battery management for a legged robot' }],
    abstracts: [
      { lang: 'en', text: 'A legged robot balances the charge of its lithium-ion battery cells.' },
    ],
    descriptions: [{ lang: 'en', text: 'The robot has four legs.\nEach leg has an actuator.' }],
    claims: [
      {
        lang: 'en',
        claims: [
          {
            number: 1,
            text: '1. A robot comprising a battery and a controller.',
            dependsOn: [],
            independent: true,
          },
          {
            number: 2,
            text: '2. The robot of claim 1, wherein the battery is lithium-ion.',
            dependsOn: [1],
            independent: false,
          },
        ],
      },
    ],
    parties: {
      ...emptyParties(),
      assignees: [{ name: 'Example Robotics Co., Ltd.', kind: 'organization', country: 'CN' }],
    },
    classifications: [{ scheme: 'cpc', symbol: 'B62D 57/032', role: 'inventive' }],
    citations: [],
    relatedDocuments: [],
    source: { format: 'test-factory', produced: '2018-06-01' },
    ...overrides,
  }
}
