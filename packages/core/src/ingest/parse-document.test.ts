import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('parseDocument on documents no parser reads', () => {
  it('skips XML without any patent element, saying what it is', () => {
    const out = parseDocument(encode('<a>\n  <b><c>hello</c></b>\n</a>\n'))
    expect(out.status).toBe('skipped')
    expect(out.skipped).toBe(
      'XML that is no patent document (root element <a>, no patent elements)',
    )
  })

  it('fails unknown XML that looks like a patent format (a new DTD), naming it', () => {
    const out = parseDocument(
      encode(
        '<?xml version="1.0"?>\n<!DOCTYPE xx-patent-document SYSTEM "xx-patent-document-v9.dtd">\n<xx-patent-document><doc-number>1</doc-number></xx-patent-document>',
      ),
    )
    expect(out.status).toBe('failed')
    expect(out.issues[0]?.message).toMatch(
      /unknown document format: DOCTYPE xx-patent-document "xx-patent-document-v9.dtd"/,
    )
  })

  it('skips JSON no parser reads', () => {
    const out = parseDocument(encode('{"access_token": "x", "expires_in": 1199}'))
    expect(out.status).toBe('skipped')
    expect(out.skipped).toMatch(/JSON that is no patent document format we read/)
  })
})
