import { normalizeLanguage, type LocalizedText } from '../../../../model/text.js'
import { proseText, text } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import type { MapContext } from '../context.js'

function langOf(el: XmlElement, ctx: MapContext): string {
  return el.attrs.lang ? normalizeLanguage(el.attrs.lang) : ctx.lang
}

/** Maps `invention-title` (inline markup flattened, whitespace collapsed); empty → `undefined`. */
export function mapTitle(el: XmlElement, ctx: MapContext): LocalizedText | undefined {
  const t = text(el)
  return t ? { lang: langOf(el, ctx), text: t } : undefined
}

/**
 * Maps `abstract` or `description` to text with one paragraph per line. Headings of the
 * description stay as lines of their own; processing instructions (`<?BRFSUM?>`) are dropped.
 */
export function mapProse(el: XmlElement, ctx: MapContext): LocalizedText | undefined {
  const t = proseText(el)
  return t ? { lang: langOf(el, ctx), text: t } : undefined
}
