import type { LocalizedText } from '../../../../model/text.js'
import { blockText } from '../../../xml/block-text.js'
import { child, text } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'

/**
 * Paragraphs, headings, list items and table rows each make a line. The printed paragraph numbers
 * (`<number>[0001]</number>`) are not part of the text.
 */
const PROSE = {
  blocks: new Set(['paragraph', 'heading', 'list-item', 'row']),
  skip: new Set(['number']),
}
/** The abstract's heading (`Abstract of Disclosure`) is a label, not abstract text. */
const ABSTRACT = { blocks: PROSE.blocks, skip: new Set(['number', 'heading']) }

/** The title, `technical-information/title-of-invention`; PAP publications are in English. */
export function readTitle(tech: XmlElement | undefined): LocalizedText[] {
  const title = text(child(tech, 'title-of-invention'))
  return title ? [{ lang: 'en', text: title }] : []
}

/** `subdoc-abstract` as one text, one paragraph per line; `[]` when absent or empty. */
export function readAbstract(root: XmlElement): LocalizedText[] {
  const t = blockText(child(root, 'subdoc-abstract'), ABSTRACT)
  return t ? [{ lang: 'en', text: t }] : []
}

/** `subdoc-description` (cross references, background, summary, drawings, detailed description). */
export function readDescription(root: XmlElement): LocalizedText[] {
  const t = blockText(child(root, 'subdoc-description'), PROSE)
  return t ? [{ lang: 'en', text: t }] : []
}
