import type { AppContext } from '../context.js'
import type { Principal } from '../auth/principal.js'

/**
 * Appends one line to the organisation's audit log: who (`p`), did what (`action`: read, create,
 * update, delete, run, export, sign_in …), to which object. The table refuses updates and deletes.
 */
export function audit(
  ctx: AppContext,
  p: Pick<Principal, 'orgId' | 'userId'>,
  action: string,
  objectType: string,
  objectId: string | null,
  detail: string | null = null,
): Promise<void> {
  return ctx.workspace.appendAudit({
    orgId: p.orgId,
    userId: p.userId,
    action,
    objectType,
    objectId,
    detail,
  })
}
