import type { Citation } from '../../../../model/citation.js'
import { child, children, text } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { parsePrintedCitation } from '../../office-xml-common/printed-citation.js'
import { patentCitation, readPatcit } from '../../office-xml-common/st36-citations.js'
import type { MapContext } from '../../uspto-v4-common/context.js'

/**
 * `B560`: the documents cited in the search and examination (B561 patent documents printed as
 * `US-A1- 2007 204 872` or marked up as `dnum`, B562 literature), category `examiner`. The EPO
 * does not say in which phase each was cited, so no phase is set.
 */
export function mapB560(el: XmlElement | undefined, ctx: MapContext): Citation[] {
  const out: Citation[] = []
  for (const c of children(el)) {
    if (c.name === 'B561') {
      const printed = text(child(c, 'text'))
      const document = printed ? parsePrintedCitation(printed) : readPatcit(c).document
      if (document) {
        out.push(patentCitation(document, 'examiner', { sequence: out.length + 1 }))
      } else {
        ctx.warn('B560/B561', `not a patent citation: "${text(c).slice(0, 60)}"`)
      }
    } else if (c.name === 'B562') {
      const npl = text(c)
      if (npl) {
        out.push({ npl, category: 'examiner', sequence: out.length + 1 })
      }
    }
  }
  return out
}
