import { describe, expect, it } from 'vitest'
import { analyseClaims, analyseClaimSet, fullElements } from './claim-analysis.js'
import { claimReferences } from './claim-references.js'

const US = `1. A networked computer system comprising:
a printer configured to print visible graphic data and invisible coded data tags on print media;
a pen-type device including an image sensor configured to sense the data tags; and
one or more servers interfaced to the printer via a network,
wherein each data tag includes:
a detection ring for allowing the image sensor to detect the data tag; and
an orientation axis located within the detection ring.
2. The system of claim 1, wherein the printer is an inkjet printer.
3. The system according to any one of claims 1 to 2, further comprising a charger for the pen-type device.
4. A method of printing, consisting essentially of: receiving a page; and printing the page, wherein the page is printed with infrared ink.
5. A composition consisting of water and salt.`

describe('claimReferences', () => {
  it.each([
    ['The device of claim 1', 5, [1]],
    ['according to any one of claims 1 to 3', 5, [1, 2, 3]],
    ['as claimed in claim 1 or 2', 5, [1, 2]],
    ['of claims 1-3, wherein 4 arms', 9, [1, 2, 3]],
    ['as in claims 1, 4 or 6 through 8', 9, [1, 4, 6, 7, 8]],
    ['as claimed in claim 1 or claim 3', 9, [1, 3]],
    ['according to any of the preceding claims', 4, [1, 2, 3]],
    ['根据权利要求1或2所述的方法', 5, [1, 2]],
    ['如权利要求1至3中任一项所述的装置', 5, [1, 2, 3]],
    ['根据权利要求１－３任一项所述', 5, [1, 2, 3]],
    ['請求項1に記載のロボット', 3, [1]],
    ['請求項1から3のいずれか一項に記載の', 5, [1, 2, 3]],
    ['請求項1又は2に記載の', 5, [1, 2]],
    ['청구항 1 내지 3 중 어느 한 항에 있어서', 5, [1, 2, 3]],
    ['The method of claim 7', 5, []],
  ])('%s (claim %i) → %j', (text, own, expected) => {
    expect(claimReferences(text, own)).toEqual(expected)
  })
})

describe('analyseClaims (English)', () => {
  const analysis = analyseClaims(US)
  const [c1, c2, c3, c4, c5] = analysis.claims

  it('numbers, dependencies, independence and category', () => {
    expect(analysis.claims.map((c) => [c.number, c.dependsOn, c.independent, c.category])).toEqual([
      [1, [], true, 'system'],
      [2, [1], false, 'system'],
      [3, [1, 2], false, 'system'],
      [4, [], true, 'method'],
      [5, [], true, 'apparatus'],
    ])
  })

  it('preamble, transition and scope', () => {
    expect(c1).toMatchObject({
      preamble: 'A networked computer system',
      transition: 'comprising',
      scope: 'open',
    })
    expect(c2).toMatchObject({
      preamble: 'The system of claim 1',
      transition: 'wherein',
      scope: 'dependent',
    })
    expect(c3!.transition).toBe('further comprising')
    expect(c4).toMatchObject({ transition: 'consisting essentially of', scope: 'semi-closed' })
    expect(c5).toMatchObject({
      transition: 'consisting of',
      scope: 'closed',
      body: 'water and salt',
    })
  })

  it('splits the body into elements and attaches wherein clauses to what they limit', () => {
    expect(c1!.elements.map((e) => [e.id, e.kind, e.limits ?? null])).toEqual([
      ['1pre', 'preamble', null],
      ['1a', 'element', null],
      ['1b', 'element', null],
      ['1c', 'element', null],
      ['1d', 'wherein', '1a'],
      ['1e', 'wherein', '1a'],
    ])
    expect(c1!.elements[1]!.text).toBe(
      'a printer configured to print visible graphic data and invisible coded data tags on print media',
    )
    expect(c1!.elements[4]!.text).toBe(
      'each data tag includes a detection ring for allowing the image sensor to detect the data tag',
    )
    expect(c4!.elements.map((e) => [e.text, e.kind, e.limits ?? null])).toEqual([
      ['A method of printing', 'preamble', null],
      ['receiving a page', 'element', null],
      ['printing the page', 'element', null],
      ['the page is printed with infrared ink', 'wherein', '4b'],
    ])
  })

  it('gives a dependent claim its inherited elements, its own last', () => {
    const ids = fullElements(analysis, 2).map((e) => e.id)
    expect(ids).toEqual(['1pre', '1a', '1b', '1c', '1d', '1e', '2a'])
    expect(c2!.elements[0]).toMatchObject({
      kind: 'wherein',
      limits: '1a',
      text: 'the printer is an inkjet printer',
    })
    expect(fullElements(analysis, 3).at(-1)!.text).toBe('a charger for the pen-type device')
  })

  it('splits a body written in one run at each new "a …"', () => {
    const one = analyseClaims(
      '1. A robot comprising a motor, a sensor on the leg, and a controller.',
    )
    expect(one.claims[0]!.elements.map((e) => e.text)).toEqual([
      'A robot',
      'a motor',
      'a sensor on the leg',
      'a controller',
    ])
  })
})

describe('analyseClaims (Chinese and Japanese)', () => {
  it('reads 包括 / 其中 / 由……组成 and 根据权利要求1或2所述的', () => {
    const zh = analyseClaims(
      '1. 一种数码笔系统，其特征在于，包括：打印机；数码笔，所述数码笔包括图像传感器；以及服务器。\n' +
        '2. 根据权利要求1所述的系统，其中，所述打印机使用红外油墨。\n' +
        '3. 如权利要求1或2所述的系统，还包括充电器。\n' +
        '4. 一种合金，由铁、碳和铬组成。',
    )
    expect(zh.language).toBe('zh')
    const [c1, c2, c3, c4] = zh.claims
    expect(c1).toMatchObject({ preamble: '一种数码笔系统', independent: true, category: 'system' })
    expect(c1!.transition).toMatch(/^其特征在于，包括/u)
    expect(c1!.elements.map((e) => e.text)).toEqual([
      '一种数码笔系统',
      '打印机',
      '数码笔，所述数码笔包括图像传感器',
      '服务器',
    ])
    expect(c2).toMatchObject({ dependsOn: [1], transition: '其中', category: 'system' })
    expect(c2!.elements[0]).toMatchObject({
      kind: 'wherein',
      limits: '1a',
      text: '所述打印机使用红外油墨',
    })
    expect(c3!.dependsOn).toEqual([1, 2])
    expect(c4).toMatchObject({ transition: '由……组成', scope: 'closed', body: '铁、碳和铬' })
  })

  it('reads を備える and 請求項1に記載の', () => {
    const ja = analyseClaims(
      '【請求項1】\n画像センサと、\n無線送信部と、\nを備えるペン型装置。\n【請求項2】\n前記画像センサが赤外線を検出する請求項1に記載のペン型装置。\n【請求項3】\n請求項1から2のいずれか一項に記載のペン型装置であって、充電池を備える。',
    )
    expect(ja.language).toBe('ja')
    const [c1, c2, c3] = ja.claims
    expect(c1).toMatchObject({
      transition: 'を備える',
      preamble: 'ペン型装置',
      category: 'apparatus',
    })
    expect(c1!.elements.map((e) => e.text)).toEqual(['ペン型装置', '画像センサ', '無線送信部'])
    expect(c2!.dependsOn).toEqual([1])
    expect(c3).toMatchObject({ dependsOn: [1, 2], scope: 'dependent' })
  })
})

describe('analyseClaimSet', () => {
  it('keeps the markup dependencies and strips the number label', () => {
    const analysis = analyseClaimSet({
      lang: 'en',
      claims: [
        {
          number: 1,
          text: '1. A lamp comprising: a bulb; and a base.',
          dependsOn: [],
          independent: true,
        },
        {
          number: 2,
          text: '2. The lamp of claim 1, wherein the bulb is an LED.',
          dependsOn: [1],
          independent: false,
        },
        { number: 3, text: '3. (canceled)', dependsOn: [], independent: false, cancelled: true },
      ],
    })
    expect(
      analysis.claims.map((c) => [c.number, c.preamble, c.elements.length, c.cancelled]),
    ).toEqual([
      [1, 'A lamp', 3, false],
      [2, 'The lamp of claim 1', 1, false],
      [3, '', 0, true],
    ])
  })
})
