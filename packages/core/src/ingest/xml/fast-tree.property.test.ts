import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { treeDifference } from '../../testing/xml-differential.js'
import { buildXmlTree } from './fast-tree.js'

const text = fc
  .array(
    fc.constantFrom(
      ...['a', 'Z', ' ', '\n', '\t', '>', ']', '"', "'", 'é', '—', '--', '?', '/', '=', ']]'],
      ...['&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#8212;', '&#x2014;', '&#X2014;'],
      ...['&#150;', '&#0;', '&mdash;', '&lgr;', '&b.alpha;', '&amp', '&#12a;'],
    ),
    { maxLength: 8 },
  )
  .map((a) => a.join(''))
const value = fc
  .array(fc.constantFrom('a', ' ', '\n', '>', '/', '=', '&amp;', '&#x41;', '&quot;', '&mdash;'))
  .map((a) => a.join(''))
const attr = fc
  .tuple(
    fc.constantFrom('id', 'num', 'lang', 'xml:lang', 'dtd-version', 'ID'),
    fc.constantFrom('=', ' = ', '\n=\t'),
    fc.constantFrom('"', "'"),
    value,
  )
  .map(([name, eq, q, v]) => ` ${name}${eq}${q}${v}${q}`)
const other = fc.constantFrom(
  ...['<!-- a - b -->', '<!---->', '<?BRFSUM description="Brief Summary" end="lead"?>'],
  ...['<![CDATA[a <b> & c]]>', '<![CDATA[]]>', '<?in-line-formulae description="x"?>'],
)
const { element } = fc.letrec((tie) => ({
  element: fc
    .tuple(
      fc.constantFrom('a', 'b', 'p', 'claim-text', 'B110', 'PDAT', 'm:math', 'x_1.y'),
      fc.array(attr, { maxLength: 3 }),
      fc.constantFrom('', ' ', '\n'),
      fc.option(fc.array(tie('node'), { maxLength: 4 }), { nil: undefined }),
    )
    .map(([name, attrs, ws, kids]) =>
      kids === undefined
        ? `<${name}${attrs.join('')}${ws}/>`
        : `<${name}${attrs.join('')}${ws}>${kids.join('')}</${name}${ws}>`,
    ),
  node: fc.oneof({ depthSize: 'small' }, text, other, tie('element')),
}))
const prolog = fc.constantFrom(
  '',
  '<?xml version="1.0" encoding="UTF-8"?>\n',
  '<?xml version="1.0"?><!DOCTYPE us-patent-grant SYSTEM "grant.dtd" [ ]>\n',
  '<!DOCTYPE PATDOC PUBLIC "-//USPTO//DTD ST.32 V2.4//EN" [\n<!ENTITY F1 SYSTEM "f.TIF" NDATA TIF>\n<!-- c -->]>',
)
/** Well-formed documents (but for what XML and both builders take anyway, e.g. `>` in text). */
const wellFormedDocument = fc
  .tuple(prolog, fc.constantFrom('', '<!-- c -->\n'), element, fc.constantFrom('', '\n'))
  .map((parts) => parts.join(''))

describe('buildXmlTree = htmlparser2 on generated input', () => {
  it('well-formed documents: same tree, no problems', () => {
    fc.assert(
      fc.property(wellFormedDocument, (doc) => {
        expect(treeDifference(doc)).toBeUndefined()
        expect(buildXmlTree(doc).problems).toEqual([])
      }),
      { numRuns: 500 },
    )
  })

  it('any mix of markup fragments: same tree and problems, never throws', () => {
    const pieces = [
      ...['<', '>', '/', '!', '-', '?', '[', ']', '"', "'", '=', ' ', '\n', 'a', 'b', '&', '#'],
      ...['x', ';', '<a>', '</a>', '<b>', '</b>', '<a/>', '<a/ >', '</', '<!', '<?', '</a >'],
      ...['<![CDATA[', ']]>', '<!--', '-->', '&amp;', '&#65;', '&#x41;', '&#150;', '&mdash;'],
      ...['<a x="1">', '<a x=1 y>', "<b x = '&lt;'/>", '<b x="1" x="2">', '<//x>', '<!x>'],
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        expect(treeDifference(parts.join(''))).toBeUndefined()
      }),
      { numRuns: 3000 },
    )
  })
})
