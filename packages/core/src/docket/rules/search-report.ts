import { type DocketDeadline, type DocketRuleContext } from '../docket-deadline.js'
import type { DocketEvent, Matter } from '../matter.js'
import { periodDeadline } from '../period.js'

/**
 * EP: the examination request and designation fees, 6 months from the mention of the
 * publication of the European search report (EPC Art. 94(1), Rules 70(1) and 39(1)). Other
 * offices have no deadline of their own here (a warning says so).
 */
export function searchReportDeadlines(
  ctx: DocketRuleContext,
  matter: Matter,
  event: DocketEvent,
): DocketDeadline[] {
  if (matter.office !== 'EP') {
    ctx.warn(
      `${matter.id}: no search-report deadline rule for ${matter.office} (event ${event.id})`,
    )
    return []
  }
  const exam = ctx.kb.office('EP').examRequest
  return [
    periodDeadline(ctx, {
      matter,
      kind: 'exam_request',
      office: 'EP',
      from: event.date,
      amount: exam.value.from === 'search_report_publication' ? (exam.value.months ?? 6) : 6,
      facts: [exam],
      basis: 'EPC Art. 94(1), Rule 70(1); designation fees Rule 39(1)',
      eventId: event.id,
      notes: [
        'examination fee and designation fees with the request; answer the extended search opinion in the same period (Rule 70a)',
      ],
    }),
  ]
}
