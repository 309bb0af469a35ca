import { describe, expect, it } from 'vitest'
import { applicantKey } from './applicant-key.js'
import { defaultAliases, mergeAliases, parseAliases } from './aliases.js'
import { ApplicantResolver } from './applicant-resolver.js'

describe('applicantKey', () => {
  it.each([
    ['NVIDIA CORPORATION', 'nvidia'],
    ['Nvidia Corp.', 'nvidia'],
    ['NVIDIA Corp', 'nvidia'],
    ['NVIDIA U.S. Investment Company', 'nvidia us investment'],
    ['Siemens Aktiengesellschaft', 'siemens aktiengesellschaft'],
    ['Robert Bosch GmbH', 'robert bosch'],
    ['Société Générale S.A.', 'societe generale'],
    ['英伟达股份有限公司', '英伟达'],
    ['华为技术有限公司', '华为技术'],
    ['株式会社日立製作所', '日立製作所'],
    ['ＮＶＩＤＩＡ　Ｃｏｒｐ．', 'nvidia'],
  ])('%s → %s', (name, key) => {
    expect(applicantKey(name)).toBe(key)
  })

  it('a name of legal-form words only has an empty key', () => {
    expect(applicantKey('Co., Ltd.')).toBe('')
  })
})

describe('ApplicantResolver', () => {
  const resolver = () => new ApplicantResolver(defaultAliases())

  it('puts spellings across offices and languages in one entity', () => {
    const r = resolver()
    for (const name of ['NVIDIA CORPORATION', 'Nvidia Corp.', '英伟达', '輝達', 'エヌビディア']) {
      expect(r.lookup(name)?.entity, name).toBe('nvidia')
    }
    expect(r.lookup('輝達')?.how).toBe('alias')
  })

  it('groups subsidiaries under their parent', () => {
    const r = resolver()
    const uk = r.lookup('Nvidia Technology UK Limited')
    expect(uk).toMatchObject({ entity: 'nvidia-uk', root: 'nvidia' })
    expect(r.lookup('Mellanox Technologies, Ltd.')?.root).toBe('nvidia')
    expect(r.descendants('nvidia')).toEqual(expect.arrayContaining(['nvidia', 'mellanox']))
    // Not in the aliases file: the subsidiary rule groups it, and says so.
    expect(r.lookup('NVIDIA Japan K.K.')).toMatchObject({ root: 'nvidia', how: 'subsidiary-rule' })
    expect(r.lookup('Google DeepMind')?.root).toBe('alphabet')
  })

  it('clusters near-identical names and keeps different companies apart', () => {
    const r = resolver()
    const first = r.assign('Shenzhen Robotics Dynamics Co., Ltd.')
    expect(first.how).toBe('new')
    expect(r.assign('SHENZHEN ROBOTICS DYNAMICS CO LTD').entity).toBe(first.entity)
    const typo = r.assign('Shenzhen Robotic Dynamics Co., Ltd.')
    expect(typo).toMatchObject({ entity: first.entity, how: 'similar' })
    // Short keys need a closer match: one letter in six is too far to merge automatically.
    expect(r.assign('Nvidea Corporation').entity).toBe('auto:nvidea')
    expect(r.assign('Samsung Electro-Mechanics Co., Ltd.').root).not.toBe('samsung-electronics')
  })

  it('merges a user file over the shipped one and rejects bad parents', () => {
    const user = parseAliases(
      {
        version: 'local-1',
        entities: [
          { id: 'acme', name: 'Acme Robotics', names: ['阿克米机器人'], source: 'our own list' },
        ],
      },
      'my-aliases.json',
    )
    const r = new ApplicantResolver(mergeAliases(defaultAliases(), user))
    expect(r.lookup('阿克米机器人有限公司')?.entity).toBe('acme')
    expect(r.lookup('NVIDIA')?.entity).toBe('nvidia')
    expect(() =>
      parseAliases(
        {
          version: '1',
          entities: [{ id: 'a', name: 'A', parent: 'b', names: ['A'], source: 's' }],
        },
        'bad.json',
      ),
    ).toThrow(/bad\.json.*unknown parent b/)
  })
})
