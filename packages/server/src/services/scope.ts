import { seesAssignedOnly } from '@chuhai/core/workspace'
import type { Principal } from '../auth/principal.js'
import type { AppContext } from '../context.js'

/**
 * The matters a caller may see: every matter of the organisation, or, for an attorney (outside
 * counsel), only those assigned to them. Returned as a set for filtering.
 */
export async function visibleMatters(ctx: AppContext, p: Principal): Promise<ReadonlySet<string>> {
  return new Set(
    seesAssignedOnly(p.role)
      ? await ctx.workspace.assignedMatters(p.orgId, p.userId)
      : await ctx.workspace.matterIds(p.orgId),
  )
}

/**
 * Whether the caller may see a confidential object: same organisation (the store already scopes
 * the read), and for attorneys only objects they created or that belong to an assigned matter.
 */
export async function maySee(
  ctx: AppContext,
  p: Principal,
  o: { readonly createdBy: string; readonly matterId: string | null },
): Promise<boolean> {
  if (!seesAssignedOnly(p.role) || o.createdBy === p.userId) {
    return true
  }
  return o.matterId !== null && (await visibleMatters(ctx, p)).has(o.matterId)
}
