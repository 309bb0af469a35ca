import { z } from 'zod'

/** An invention disclosure or a product description (confidential). */
export const ObjectView = z.object({
  id: z.string(),
  kind: z.enum(['disclosure', 'product']),
  title: z.string(),
  body: z.string(),
  matterId: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type ObjectView = z.infer<typeof ObjectView>

/** Without the body: lists never carry the confidential text. */
export const ObjectSummary = ObjectView.omit({ body: true })
export type ObjectSummary = z.infer<typeof ObjectSummary>

export const CreateObjectRequest = z.object({
  title: z.string().trim().min(1).max(500),
  body: z.string().max(200_000).default(''),
  matterId: z.string().nullable().optional(),
})
export type CreateObjectRequest = z.infer<typeof CreateObjectRequest>

export const UpdateObjectRequest = z.object({
  title: z.string().trim().min(1).max(500).optional(),
  body: z.string().max(200_000).optional(),
  matterId: z.string().nullable().optional(),
})
export type UpdateObjectRequest = z.infer<typeof UpdateObjectRequest>
