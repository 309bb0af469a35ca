import { z } from 'zod'

/** Every error response: one catalogue code and a message for people. */
export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
})
export type ErrorBody = z.infer<typeof ErrorBody>

/** `:id` path parameter. */
export const IdParam = z.object({ id: z.string().min(1).max(200) })

/** Ok with nothing else to say. */
export const Ok = z.object({ ok: z.literal(true) })

/** Organisation roles (see @chuhai/core/workspace). */
export const RoleSchema = z.enum(['owner', 'ip_manager', 'attorney', 'viewer'])
export type RoleName = z.infer<typeof RoleSchema>
