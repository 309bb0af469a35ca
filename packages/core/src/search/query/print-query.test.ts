import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  KEYWORD_FIELDS,
  Q,
  TEXT_FIELDS,
  type PhraseNode,
  type QueryNode,
  type TermNode,
} from './ast.js'
import { parseQuery } from './parse-query.js'
import { printQuery } from './print-query.js'

const OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR', 'TO'])
const word = fc
  .stringMatching(/^[a-zA-Z0-9\u00e9\u4e00-\u4e0f][a-zA-Z0-9\-\u00e9]{0,8}$/)
  .filter((w) => !OPERATORS.has(w))
const term: fc.Arbitrary<TermNode> = fc
  .tuple(word, fc.boolean())
  .map(([w, prefix]) => Q.term(w, prefix))
const phrase: fc.Arbitrary<PhraseNode> = fc
  .array(word, { minLength: 1, maxLength: 4 })
  .map(Q.phrase)
const isoDate = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

const leaf: fc.Arbitrary<QueryNode> = fc.oneof(
  term,
  phrase,
  fc
    .tuple(
      fc.integer({ min: 1, max: 50 }),
      fc.array(fc.oneof(term, phrase), { minLength: 2, maxLength: 3 }),
    )
    .map(([d, c]) => Q.near(d, c)),
  fc
    .tuple(fc.constantFrom(...KEYWORD_FIELDS), word, fc.boolean())
    .map(([f, v, quoted]) => Q.keyword(f, v, quoted)),
  fc
    .tuple(
      fc.constantFrom('pd' as const, 'prd' as const),
      fc.option(isoDate, { nil: undefined }),
      fc.option(isoDate, { nil: undefined }),
    )
    .map(([f, a, b]) =>
      a !== undefined && b !== undefined && a > b ? Q.date(f, b, a) : Q.date(f, a, b),
    ),
)

const { tree } = fc.letrec<{ tree: QueryNode }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('tree'), { minLength: 2, maxLength: 3 }).map(Q.and),
    fc.array(tie('tree'), { minLength: 2, maxLength: 3 }).map(Q.or),
    tie('tree').map(Q.not),
    fc
      .tuple(fc.constantFrom(...TEXT_FIELDS), tie('tree'))
      .filter(([, child]) => !containsField(child))
      .map(([f, child]) => Q.field(f, child)),
  ),
}))

function containsField(node: QueryNode): boolean {
  switch (node.kind) {
    case 'field':
    case 'keyword':
    case 'date':
      return true
    case 'and':
    case 'or':
      return node.children.some(containsField)
    case 'not':
      return containsField(node.child)
    case 'term':
    case 'phrase':
    case 'near':
    case 'text':
      return false
  }
}

describe('printQuery', () => {
  it('round-trips: parse(print(ast)) equals ast', () => {
    fc.assert(
      fc.property(tree, (ast) => {
        expect(parseQuery(printQuery(ast), { mode: 'boolean' })).toEqual(ast)
      }),
      { numRuns: 500 },
    )
  })

  it('is a fixed point: print(parse(print(ast))) equals print(ast)', () => {
    fc.assert(
      fc.property(tree, (ast) => {
        const printed = printQuery(ast)
        expect(printQuery(parseQuery(printed, { mode: 'boolean' }))).toBe(printed)
      }),
    )
  })

  it('prints the canonical form', () => {
    expect(
      printQuery(
        parseQuery('a b OR c NEAR d ti:(x OR y*) pd:[2018 TO 2019-06]', { mode: 'boolean' }),
      ),
    ).toBe('(a AND b) OR ((c NEAR/10 d) AND ti:(x OR y*) AND pd:[2018-01-01 TO 2019-06-30])')
  })

  it('never throws on arbitrary input other than QuerySyntaxError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        try {
          parseQuery(s)
        } catch (error) {
          expect((error as Error).name).toBe('QuerySyntaxError')
        }
      }),
      { numRuns: 1000 },
    )
  })
})
