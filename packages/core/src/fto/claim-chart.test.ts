import { describe, expect, it } from 'vitest'
import { analyseClaims, fullElements } from '../claims/claim-analysis.js'
import { prepareTarget, type TextGlosser } from './chart-target.js'
import { chartClaim } from './claim-chart.js'

const CLAIMS = analyseClaims(
  '1. A legged robot comprising: a lithium battery with cells; a controller balancing the charge of the cells; and a torque sensor on each leg joint.',
)
const elements = fullElements(CLAIMS, 1)

describe('chartClaim', () => {
  it('a product that has every element is charted all met, with the sentence as evidence', () => {
    const target = prepareTarget('product', [
      {
        field: 'product',
        text: 'Our legged robot carries a lithium battery made of cells. A controller balances the charge of the cells. Each leg joint has a torque sensor.',
      },
    ])
    const chart = chartClaim(1, elements, target)
    expect(chart.elements.map((e) => [e.id, e.met])).toEqual([
      ['1pre', 'yes'],
      ['1a', 'yes'],
      ['1b', 'yes'],
      ['1c', 'yes'],
    ])
    expect(chart).toMatchObject({ coverage: 1, met: 3, total: 3 })
    expect(chart.elements[3]!.evidence).toEqual({
      field: 'product',
      text: 'Each leg joint has a torque sensor.',
    })
  })

  it('a product without one element shows it not met and names the missing terms', () => {
    const target = prepareTarget('product', [
      {
        field: 'product',
        text: 'A legged robot has a lithium battery with cells and a controller that balances the charge of the cells.',
      },
    ])
    const chart = chartClaim(1, elements, target)
    const sensor = chart.elements.find((e) => e.id === '1c')!
    expect(sensor.met).toBe('no')
    expect(sensor.missing).toEqual(expect.arrayContaining(['torque', 'sensor']))
    expect(chart.coverage).toBeLessThan(1)
    expect(chart.coverage).toBeGreaterThan(0.5)
  })

  it('charts English claims against a Chinese description through a glosser', () => {
    const words: Record<string, string[]> = {
      机器人: ['robot'],
      腿: ['leg'],
      锂电池: ['lithium battery'],
      电芯: ['cell'],
      控制器: ['controller'],
      均衡: ['balance'],
      电量: ['charge', 'electric quantity'],
      关节: ['joint'],
      扭矩传感器: ['torque sensor'],
    }
    const glosser: TextGlosser = {
      id: 'test-glossary',
      from: ['zh'],
      gloss: (text) =>
        Object.entries(words).flatMap(([source, translations]) => {
          const at = text.indexOf(source)
          return at < 0 ? [] : [{ start: at, end: at + source.length, source, translations }]
        }),
    }
    const target = prepareTarget(
      'product',
      [
        {
          field: 'product',
          text: '四条腿的机器人装有由多个电芯组成的锂电池。控制器均衡各电芯的电量。每个腿关节装有扭矩传感器。',
        },
      ],
      glosser,
    )
    expect(target.glosser).toBe('test-glossary')
    const chart = chartClaim(1, elements, target)
    expect(chart.elements.filter((e) => e.kind !== 'preamble').map((e) => e.met)).toEqual([
      'yes',
      'yes',
      'yes',
    ])
    expect(chart.elements[3]!.matched).toContain('torque → 扭矩传感器')
    expect(chart.elements[3]!.evidence?.text).toBe('每个腿关节装有扭矩传感器。')
  })
})
