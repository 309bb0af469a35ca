import type { AnyFact } from '../../rules/jurisdictions/fact.js'
import type { DocketDeadline, DocketRuleContext } from '../docket-deadline.js'
import type { DocketEvent, Matter } from '../matter.js'
import { periodDeadline } from '../period.js'

function months(fact: AnyFact | undefined, fallback: number): number {
  const m = (fact?.value as { months?: unknown } | undefined)?.months
  return typeof m === 'number' ? m : fallback
}

/**
 * EP grant: national validations within 3 months of the mention of grant (national law), and the
 * request for unitary effect within 1 month (Reg. 1257/2012 Art. 9(1)(g)). Annuities after grant
 * come from the annuity schedule, for every office.
 */
export function grantDeadlines(
  ctx: DocketRuleContext,
  matter: Matter,
  event: DocketEvent,
): DocketDeadline[] {
  if (matter.office !== 'EP') {
    return []
  }
  const validation = ctx.kb.office('EP').other.validation_period
  const unitary = ctx.kb.office('UP').other.unitary_effect_request
  const out: DocketDeadline[] = []
  if (validation) {
    out.push(
      periodDeadline(ctx, {
        matter,
        kind: 'validation',
        office: 'EP',
        from: event.date,
        amount: months(validation, 3),
        facts: [validation],
        basis: validation.basis ?? 'national laws on the validation of European patents',
        eventId: event.id,
        notes: [
          'translations and fees in each state that requires them; not needed for the states covered by a Unitary Patent',
        ],
      }),
    )
  }
  if (unitary) {
    out.push(
      periodDeadline(ctx, {
        matter,
        kind: 'unitary_effect',
        office: 'UP',
        from: event.date,
        amount: months(unitary, 1),
        facts: [unitary],
        basis: unitary.basis ?? 'Reg. (EU) 1257/2012 Art. 9(1)(g)',
        eventId: event.id,
        notes: [
          'not extendable; the Unitary Patent covers the participating states at registration',
        ],
      }),
    )
  }
  return out
}
