import { describe, expect, it } from 'vitest'
import { buildXmlTree } from './fast-tree.js'
import { parseXmlTreeWithHtmlparser2 } from './htmlparser2-tree.js'
import { decodeNamedEntities } from './iso-entities.js'
import { parseXmlTree, type XmlTree } from './tree.js'

/** The tree of `text`, checked against htmlparser2 (the former builder) on the way. */
function tree(text: string): XmlTree {
  const fast = buildXmlTree(text)
  expect(fast).toEqual(parseXmlTreeWithHtmlparser2(text))
  return fast
}

const el = (name: string, children: unknown[] = [], attrs: Record<string, string> = {}) => ({
  name,
  attrs,
  children,
})

describe('buildXmlTree: constructs', () => {
  it('keeps the case of element and attribute names', () => {
    expect(tree('<PATDOC DTD="2.5"><B110 Id="x"/></PATDOC>').root).toEqual(
      el('PATDOC', [el('B110', [], { Id: 'x' })], { DTD: '2.5' }),
    )
  })

  it('decodes numeric references and the five XML entities, keeps other named ones', () => {
    const refs = '&#x2014;&#8212;&#X41;&amp;&lt;&gt;&quot;&apos;'
    const { root } = tree(`<a t="${refs} &mdash;">${refs} &mdash; &lgr; &b.alpha;</a>`)
    expect(root).toEqual(el('a', ['——A&<>"\' &mdash; &lgr; &b.alpha;'], { t: '——A&<>"\' &mdash;' }))
  })

  it('leaves references without `;` or digits as written; reads bad code points as htmlparser2', () => {
    const { root } = tree('<a>&amp &#; &#x; &#12a; &AMP; &#0;&#xD800;&#1114112;&#150;&#129;</a>')
    expect(root?.children).toEqual(['&amp &#; &#x; &#12a; &AMP; \ufffd\ufffd\ufffd–\u0081'])
  })

  it('skips the XML declaration, DOCTYPE with internal subset, comments and PIs', () => {
    const doc =
      '\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE us-patent-grant SYSTEM "g.dtd" [\n' +
      '<!ENTITY D1 SYSTEM "d1.tif" NDATA TIF>\n<!-- c -->\n]>\n<!-- c -->' +
      '<r>a<!-- x -->b<?BRFSUM description="Brief Summary" end="lead"?>c</r>\n'
    expect(tree(doc)).toEqual({ root: el('r', ['abc']), problems: [] })
  })

  it('reads CDATA sections as text, merged with the text around them', () => {
    expect(tree('<r>a<![CDATA[<b> &amp; ]]]>c</r>').root).toEqual(el('r', ['a<b> &amp; ]c']))
    // As htmlparser2: an empty section between elements leaves an empty text node.
    expect(tree('<r><b/><![CDATA[]]><b/></r>').root?.children).toEqual([el('b'), '', el('b')])
  })

  it('reads self-closing tags and attributes in every quoting', () => {
    const { root, problems } = tree(`<r a = "1" b='2' c\n=\n"3" d=4 e a="x"><s/><t x='"'  /></r>`)
    expect(problems).toEqual([])
    expect(root).toEqual(
      el('r', [el('s'), el('t', [], { x: '"' })], { a: '1', b: '2', c: '3', d: '4', e: '' }),
    )
  })

  it('keeps white space text between elements', () => {
    expect(tree('<r>\n  <b>x</b>\n</r>').root?.children).toEqual(['\n  ', el('b', ['x']), '\n'])
  })

  it('reads old documents after decodeNamedEntities', () => {
    const decoded = decodeNamedEntities('<r>&mdash; &lgr; &amp; &foo;</r>')
    expect(tree(decoded.text).root).toEqual(el('r', ['— λ & &foo;']))
    expect(parseXmlTree(decoded.text)).toEqual(buildXmlTree(decoded.text))
  })
})

describe('buildXmlTree: problems and malformed input', () => {
  it('reports a mismatched close tag as implied closes at the close tag', () => {
    expect(tree('<r><b><i>x</b></r>')).toEqual({
      root: el('r', [el('b', [el('i', ['x'])])]),
      problems: [{ offset: 10, message: 'mismatched tags: <i> closed implicitly' }],
    })
  })

  it('reports every element left open, innermost first, at the end', () => {
    expect(tree('<r><b>x').problems).toEqual([
      { offset: 7, message: 'truncated document: <b> is never closed' },
      { offset: 7, message: 'truncated document: <r> is never closed' },
    ])
  })

  it('reports a missing root and a second root', () => {
    expect(tree('').problems).toEqual([{ offset: 0, message: 'no root element' }])
    expect(tree('just text').problems).toEqual([{ offset: 0, message: 'no root element' }])
    expect(tree('<a/>\n<b>x</b>')).toEqual({
      root: el('a'),
      problems: [{ offset: 5, message: 'second root element <b>' }],
    })
  })

  it('reads `/ >` as htmlparser2 did: an implied close', () => {
    expect(tree('<r><b/ ></r>').problems).toEqual([
      { offset: 3, message: 'mismatched tags: <b> closed implicitly' },
    ])
  })

  it('reads a `<` that starts no markup, `</>` and stray close tags as text or nothing', () => {
    expect(tree('<r>a < b <> c</>d</x>e</r>')).toEqual({
      root: el('r', ['a < b <> c</>de']),
      problems: [],
    })
  })

  it('never throws on cut-off markup: an unterminated quote, comment, CDATA section or tag', () => {
    expect(tree('<r><b x="1>text</r>').problems.map((p) => p.message)).toEqual([
      'truncated document: <b> is never closed',
      'truncated document: <r> is never closed',
    ])
    for (const cut of [
      '<!-- no end',
      '<![CDATA[no end',
      '<?pi',
      '<!DOCTYPE',
      '</',
      '<',
      '<b/',
      '</r ',
    ]) {
      const text = `<r>a${cut}`
      const t = buildXmlTree(text)
      expect(t.root?.name).toBe('r')
      expect(t.problems.every((p) => p.offset <= text.length)).toBe(true)
      expect(t).toEqual(differsOnlyInOffset(text))
    }
  })

  it('skips the internal subset properly, where htmlparser2 stopped at the first `>`', () => {
    const doc = '<!DOCTYPE r [<!ENTITY a "x>y <b>">]><r/>'
    expect(buildXmlTree(doc)).toEqual({ root: el('r'), problems: [] })
    expect(parseXmlTreeWithHtmlparser2(doc).root?.name).toBe('b')
  })
})

/** htmlparser2's tree, with offsets past the end (after a cut comment or CDATA) at the end. */
function differsOnlyInOffset(text: string): XmlTree {
  const oracle = parseXmlTreeWithHtmlparser2(text)
  const problems = oracle.problems.map((p) => ({ ...p, offset: Math.min(p.offset, text.length) }))
  return { root: oracle.root, problems }
}
