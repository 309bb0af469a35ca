import type { XmlElement } from '../../xml/tree.js'

/**
 * A copy of `el` without the `br` elements CNIPA and JPO put where the printed page wrapped a line
 * (`更特<br/>别地`): in Chinese and Japanese there is no space between words, so a line break there
 * would split a word. Paragraphs (`p`) still end lines.
 */
export function withoutLineWraps(el: XmlElement): XmlElement {
  let changed = false
  const kids: XmlElement['children'] = []
  for (const c of el.children) {
    if (typeof c === 'string') {
      kids.push(c)
    } else if (c.name === 'br') {
      changed = true
    } else {
      const k = withoutLineWraps(c)
      changed ||= k !== c
      kids.push(k)
    }
  }
  return changed ? { name: el.name, attrs: el.attrs, children: kids } : el
}

/** Joins text split by whitespace between two CJK characters (print line wraps): `更特 别地` → `更特别地`. */
export function joinCjkWraps(text: string): string {
  return text.replace(
    /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}，。、；：])[ \t]+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu,
    '',
  )
}
