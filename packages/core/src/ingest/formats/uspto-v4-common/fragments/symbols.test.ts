import { describe, expect, it } from 'vitest'
import { normalizeIpcText, normalizeLocarno, normalizeUspc } from './symbols.js'

describe('normalizeUspc', () => {
  it.each([
    ['  2 16', '2/16'],
    // Class 24 has subclasses 30.5R, 30.5S …: the subclass field is 3 wide, the rest decimals.
    [' 24 305 S', '24/30.5S'],
    [' 24129 R', '24/129R'],
    ['  21615', '2/161.5'],
    ['180 65245', '180/65.245'],
    ['002227000', '2/227'],
    ['623001160', '623/1.16'],
    ['D 2866', 'D2/866'],
    ['D14138 AD', 'D14/138AD'],
    ['PLT263', 'PLT/263'],
    ['257E21006', '257/E21.006'],
    ['374 E5041', '374/E5.041'],
    ['116DIG 17', '116/DIG 17'],
    ['455FOR 121', '455/FOR 121'],
    ['2504931-504 R', '250/493.1-504R'],
    ['280 87041- 87043', '280/87.041-87.043'],
    ['417/161.1 A', '417/161.1A'],
  ])('%j → %s', (raw, symbol) => {
    expect(normalizeUspc(raw)).toBe(symbol)
  })

  it('returns undefined for empty text and None', () => {
    expect(normalizeUspc('  ')).toBeUndefined()
    expect(normalizeUspc('None')).toBeUndefined()
  })
})

describe('normalizeIpcText', () => {
  it.each([
    ['A41D013/00', 'A41D 13/00'],
    ['A43B 1314', 'A43B 13/14'],
    ['A45F  504', 'A45F 5/04'],
    ['C07C24900', 'C07C 249/00'],
    ['H01L 21302', 'H01L 21/302'],
    ['A43B', 'A43B'],
  ])('%j → %s', (raw, symbol) => {
    expect(normalizeIpcText(raw)).toBe(symbol)
  })
})

describe('normalizeLocarno', () => {
  it('reads 0101, 1-01 and 23-04', () => {
    expect(normalizeLocarno('0101')).toBe('01-01')
    expect(normalizeLocarno('1-01')).toBe('01-01')
    expect(normalizeLocarno('23-04')).toBe('23-04')
    expect(normalizeLocarno('x')).toBeUndefined()
  })
})
