import { describe, expect, it } from 'vitest'
import { Q } from './ast.js'
import { parseQuery, QuerySyntaxError } from './parse-query.js'

const bool = (q: string) => parseQuery(q, { mode: 'boolean' })

function syntaxError(q: string, mode: 'boolean' | 'auto' = 'boolean'): QuerySyntaxError {
  try {
    parseQuery(q, { mode })
  } catch (error) {
    if (error instanceof QuerySyntaxError) {
      return error
    }
    throw error
  }
  throw new Error(`no error for ${q}`)
}

describe('parseQuery operators', () => {
  it('AND, implicit AND and OR with OR binding loosest', () => {
    expect(bool('a AND b')).toEqual(Q.and([Q.term('a'), Q.term('b')]))
    expect(bool('a b')).toEqual(Q.and([Q.term('a'), Q.term('b')]))
    expect(bool('a OR b AND c')).toEqual(Q.or([Q.term('a'), Q.and([Q.term('b'), Q.term('c')])]))
  })

  it('NOT as prefix and as binary "a NOT b"', () => {
    expect(bool('NOT a')).toEqual(Q.not(Q.term('a')))
    expect(bool('a NOT b')).toEqual(Q.and([Q.term('a'), Q.not(Q.term('b'))]))
    expect(bool('a AND NOT (b OR c)')).toEqual(
      Q.and([Q.term('a'), Q.not(Q.or([Q.term('b'), Q.term('c')]))]),
    )
  })

  it('parentheses group and are kept as nesting', () => {
    expect(bool('(a OR b) AND c')).toEqual(Q.and([Q.or([Q.term('a'), Q.term('b')]), Q.term('c')]))
    expect(bool('a AND (b AND c)')).toEqual(Q.and([Q.term('a'), Q.and([Q.term('b'), Q.term('c')])]))
  })

  it('phrases, curly quotes included', () => {
    expect(bool('"ultrasonic  transducer"')).toEqual(Q.phrase(['ultrasonic', 'transducer']))
    expect(bool('\u201cphased array\u201d')).toEqual(Q.phrase(['phased', 'array']))
  })

  it('NEAR/n, chains and the default distance', () => {
    expect(bool('robot NEAR/5 "gait control"')).toEqual(
      Q.near(5, [Q.term('robot'), Q.phrase(['gait', 'control'])]),
    )
    expect(bool('a NEAR/3 b NEAR/3 c')).toEqual(Q.near(3, [Q.term('a'), Q.term('b'), Q.term('c')]))
    expect(bool('a NEAR b')).toEqual(Q.near(10, [Q.term('a'), Q.term('b')]))
  })

  it('truncation', () => {
    expect(bool('comput*')).toEqual(Q.term('comput', true))
  })

  it('text fields scope a word, phrase or group', () => {
    expect(bool('ti:robot')).toEqual(Q.field('ti', Q.term('robot')))
    expect(bool('ab:"neural network"')).toEqual(Q.field('ab', Q.phrase(['neural', 'network'])))
    expect(bool('cl:(a OR b) de:c')).toEqual(
      Q.and([Q.field('cl', Q.or([Q.term('a'), Q.term('b')])), Q.field('de', Q.term('c'))]),
    )
    expect(bool('TI:robot')).toEqual(Q.field('ti', Q.term('robot')))
  })

  it('keyword fields', () => {
    expect(bool('cpc:G06N3/08 ipc:A61B8*')).toEqual(
      Q.and([Q.keyword('cpc', 'G06N3/08'), Q.keyword('ipc', 'A61B8')]),
    )
    expect(bool('pa:"Sony Corp" in:Smith pn:US-10000000-B2 cc:EP')).toEqual(
      Q.and([
        Q.keyword('pa', 'Sony Corp', true),
        Q.keyword('in', 'Smith'),
        Q.keyword('pn', 'US-10000000-B2'),
        Q.keyword('cc', 'EP'),
      ]),
    )
  })

  it('date ranges with partial and open bounds', () => {
    expect(bool('pd:[2018 TO 2022]')).toEqual(Q.date('pd', '2018-01-01', '2022-12-31'))
    expect(bool('prd:[2019-02 TO *]')).toEqual(Q.date('prd', '2019-02-01'))
    expect(bool('pd:[* TO 20200229]')).toEqual(Q.date('pd', undefined, '2020-02-29'))
    expect(bool('pd:2019')).toEqual(Q.date('pd', '2019-01-01', '2019-12-31'))
  })
})

describe('parseQuery modes', () => {
  it('auto: prose becomes one text node with keyword and date fields as filters', () => {
    expect(parseQuery('an ultrasonic probe with a phased array cc:US pd:[2010 TO 2015]')).toEqual(
      Q.and([
        Q.text('an ultrasonic probe with a phased array'),
        Q.keyword('cc', 'US'),
        Q.date('pd', '2010-01-01', '2015-12-31'),
      ]),
    )
    expect(parseQuery('robot gait')).toEqual(Q.text('robot gait'))
  })

  it('auto: operators, truncation or text fields make it Boolean', () => {
    expect(parseQuery('robot AND gait')).toEqual(Q.and([Q.term('robot'), Q.term('gait')]))
    expect(parseQuery('ti:robot gait')).toEqual(
      Q.and([Q.field('ti', Q.term('robot')), Q.term('gait')]),
    )
    expect(parseQuery('comput* vision')).toEqual(Q.and([Q.term('comput', true), Q.term('vision')]))
  })

  it('auto: long prose with parentheses and colons stays prose', () => {
    const prose =
      'A probe (50) comprising: a transducer (12) and a mirror (70) moved mechanically, wherein ' +
      'the position of the mirror is measured by a device (73) that supplies signals (C1) and the ' +
      'reflected "echo" waves are stored at a line frequency'
    expect(parseQuery(prose)).toEqual(Q.text(prose))
  })

  it('text mode takes everything literally', () => {
    expect(parseQuery(' a AND (b ', { mode: 'text' })).toEqual(Q.text('a AND (b'))
  })
})

describe('parseQuery errors name the position and what was expected', () => {
  const cases: [string, number, string, string][] = [
    ['', 1, 'a word, "phrase", field or "("', 'end of query'],
    ['a AND', 6, 'a word, "phrase", field or "("', 'end of query'],
    ['(a OR b', 8, '")"', 'end of query'],
    ['a OR b)', 7, 'an operator or end of query (unbalanced ")")', '")"'],
    ['"open phrase', 13, 'a closing quote (")', 'end of query'],
    ['""', 1, 'words inside the quotes', 'an empty phrase'],
    ['a NEAR/x b', 3, 'NEAR/n with a distance n from 1 to 999', '"NEAR/x"'],
    ['a NEAR/2 b NEAR/3 c', 12, 'NEAR/2 (one distance per NEAR chain)', 'NEAR/3'],
    ['(a OR b) NEAR/2 c', 8, 'a word or "phrase" beside NEAR', 'a or expression'],
    ['co*mp', 3, 'truncation (*) only at the end of a word', '"co*mp"'],
    ['*', 1, 'a word before *', '"*"'],
    ['xx:foo', 1, 'a known field (ti, ab, cl, de, cpc, ipc, pa, in, pn, cc, pd, prd)', 'xx:'],
    ['cc:(US)', 4, 'a value after cc:', '"("'],
    ['ti:cc:US', 4, 'a word, "phrase" or "(" after ti:', 'field cc:'],
    ['pd:[2018 2020]', 10, 'TO', '"2020"'],
    ['pd:[2018 TO 2020', 17, '"]"', 'end of query'],
    ['pd:[2018-13 TO 2020]', 5, 'a date YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD', '"2018-13"'],
    [
      'pd:[2021 TO 2020]',
      5,
      'a range whose start is not after its end',
      '2021-01-01 TO 2020-12-31',
    ],
    ['pd:(2020)', 4, 'a date or [FROM TO TO] after pd:', '"("'],
    ['pd:2019-02-30', 4, 'a date YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD', '"2019-02-30"'],
  ]
  it.each(cases)('%j', (query, column, expected, found) => {
    const error = syntaxError(query)
    expect({ column: error.position + 1, expected: error.expected, found: error.found }).toEqual({
      column,
      expected,
      found,
    })
    expect(error.code).toBe('QUERY_SYNTAX')
    expect(error.message).toBe(
      `query syntax error at column ${column}: expected ${expected}, found ${found}`,
    )
  })

  it('reports errors in the filters of prose too', () => {
    expect(syntaxError('an ultrasonic probe pd:[2018 TO x]', 'auto').position).toBe(32)
  })
})
