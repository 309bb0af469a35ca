import { describe, expect, it } from 'vitest'
import { claimCategory, splitClaims } from './claim-text.js'

describe('splitClaims', () => {
  it('splits numbered English claims and finds dependencies', () => {
    const claims = splitClaims(
      '1. A method of controlling a robot, comprising: sensing; and acting.\n' +
        '2. The method of claim 1, wherein the sensing uses a camera.\n' +
        '3. The method according to any one of claims 1 to 2, wherein …\n' +
        '4. A non-transitory computer-readable medium storing instructions that cause a processor to perform the method of claim 1.',
    )
    expect(claims.map((c) => c.number)).toEqual([1, 2, 3, 4])
    expect(claims.map((c) => c.dependsOn)).toEqual([[], [1], [1, 2], [1]])
    expect(claims[0]).toMatchObject({ independent: true, category: 'method' })
    expect(claims[0]!.text.slice(0, claims[0]!.preambleEnd).trim()).toBe(
      'A method of controlling a robot,',
    )
    expect(claims[3]!.category).toBe('medium')
  })

  it('splits Chinese claims (权利要求) and reads 根据权利要求1所述的 as a dependency', () => {
    const claims = splitClaims(
      '1. 一种四足机器人的步态控制方法，其特征在于，包括：获取传感器数据；驱动关节电机。\n2. 根据权利要求1所述的方法，其中，所述传感器为惯性测量单元。\n3、一种机器人，包括处理器。',
    )
    expect(claims.map((c) => [c.number, c.dependsOn, c.category])).toEqual([
      [1, [], 'method'],
      [2, [1], 'method'],
      [3, [], 'apparatus'],
    ])
  })

  it('splits Japanese claims (【請求項N】) and Korean claims (청구항 N)', () => {
    const ja = splitClaims(
      '【請求項1】センサと制御部とを備えるロボット。【請求項2】\n前記センサがカメラである請求項1に記載のロボット。',
    )
    expect(ja.map((c) => [c.number, c.dependsOn, c.category])).toEqual([
      [1, [], 'apparatus'],
      [2, [1], 'apparatus'],
    ])
    const ko = splitClaims(
      '청구항 1. 센서를 포함하는 로봇.\n청구항 2. 청구항 1에 있어서, 상기 센서는 카메라인 로봇.',
    )
    expect(ko.map((c) => c.dependsOn)).toEqual([[], [1]])
  })

  it('treats unnumbered text as one claim, numbered after the claims it refers to', () => {
    expect(splitClaims('A robot comprising a motor.')).toMatchObject([
      { number: 1, independent: true },
    ])
    expect(splitClaims('The method of claim 1, wherein the treatment is a drug.')).toMatchObject([
      { number: 2, dependsOn: [1], independent: false },
    ])
    expect(splitClaims('19. A system comprising a server.')).toMatchObject([{ number: 19 }])
  })

  it('returns nothing for blank text', () => {
    expect(splitClaims('  \n\t ')).toEqual([])
  })
})

describe('claimCategory', () => {
  it.each([
    ['A computer-implemented method for ranking', 'method'],
    ['A non-transitory computer-readable medium storing', 'medium'],
    ['A computer system for serving web pages', 'system'],
    ['An application specific integrated circuit (ASIC) implementing', 'apparatus'],
    ['Use of a compound for', 'use'],
    ['一种基于自编码神经网络的经济景气指数分析方法', 'method'],
    ['回路のシミュレーション方法', 'method'],
    ['Speech-to-text transcription', 'other'],
  ])('%s → %s', (preamble, category) => {
    expect(claimCategory(preamble)).toBe(category)
  })
})
