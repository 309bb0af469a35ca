import type { LocalizedText } from '../../../../model/text.js'
import { blockText } from '../../../xml/block-text.js'
import { child, text } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'

/** Paragraphs, headings and table rows each make a line; everything else is inline. */
const PROSE = { blocks: new Set(['PARA', 'H', 'row']) }

/** The title, `B500/B540`, as one English text (ST.32 grants are all in English). */
export function readTitle(b500: XmlElement | undefined): LocalizedText[] {
  const title = text(child(b500, 'B540'))
  return title ? [{ lang: 'en', text: title }] : []
}

/**
 * A prose section (`SDOAB` abstract, `SDODE` description with its RELAPP, BRFSUM, DRWDESC and
 * DETDESC parts) as one English text, one paragraph or heading per line; `[]` when absent or empty.
 */
export function readProse(section: XmlElement | undefined): LocalizedText[] {
  const t = blockText(section, PROSE)
  return t ? [{ lang: 'en', text: t }] : []
}
