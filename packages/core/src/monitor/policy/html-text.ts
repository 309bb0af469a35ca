import { Parser } from 'htmlparser2'

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head'])
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'ul',
  'ol',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'td',
  'th',
])

/**
 * The visible text of an HTML page or fragment: scripts, styles and the head dropped, one line per
 * block element (table cells joined with ` | `), whitespace collapsed, blank lines removed. Stable
 * across cosmetic markup changes, so a tracked page's diff shows content changes only.
 */
export function htmlToText(html: string): string {
  const lines: string[] = []
  let line = ''
  let skip = 0
  const flush = (): void => {
    const t = line.replace(/\s+/g, ' ').trim()
    if (t !== '') {
      lines.push(t)
    }
    line = ''
  }
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) {
          skip++
        } else if (name === 'td' || name === 'th') {
          line += ' | '
        } else if (BLOCK.has(name)) {
          flush()
        }
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skip = Math.max(0, skip - 1)
        } else if (BLOCK.has(name) && name !== 'td' && name !== 'th') {
          flush()
        }
      },
      ontext(text) {
        if (skip === 0) {
          line += text
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  )
  parser.write(html)
  parser.end()
  flush()
  return lines.map((l) => l.replace(/^\|\s*/, '').replace(/\s*\|\s*$/, '')).join('\n')
}
