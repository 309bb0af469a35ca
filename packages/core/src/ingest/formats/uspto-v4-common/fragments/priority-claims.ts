import { toIsoDate } from '../../../../model/document-id.js'
import type { PriorityClaim } from '../../../../model/priority-claim.js'
import { children } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { parseCount, prune, type MapContext } from '../context.js'
import { readRawDocumentId } from './document-id.js'

const KINDS = new Set(['national', 'regional', 'international'])

/**
 * Maps `priority-claims/priority-claim` (country, doc-number, date, `@kind`, `@sequence`).
 * The number is kept as printed: foreign offices' formats (`2003-123456`, `DM/061 234`) carry
 * meaning that normalisation would lose. Claims without a usable country or number are skipped
 * with a warning.
 */
export function mapPriorityClaims(el: XmlElement, ctx: MapContext): PriorityClaim[] {
  const out: PriorityClaim[] = []
  for (const pc of children(el, 'priority-claim')) {
    const raw = readRawDocumentId(pc)
    const country = raw.country?.toUpperCase()
    if (!country || !/^[A-Z]{2}$/.test(country) || !raw.number) {
      ctx.warn(
        'priority-claims/priority-claim',
        `skipped a priority claim without country or number (${raw.country ?? '-'} ${raw.number ?? '-'})`,
      )
      continue
    }
    const kind = pc.attrs.kind?.trim().toLowerCase()
    out.push(
      prune({
        country,
        number: raw.number,
        date: toIsoDate(raw.date),
        kind: kind && KINDS.has(kind) ? (kind as PriorityClaim['kind']) : undefined,
        sequence: parseCount(pc.attrs.sequence),
      }),
    )
  }
  return out
}
