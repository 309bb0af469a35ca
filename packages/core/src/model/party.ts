import { z } from 'zod'

/** Whether a party is a legal person (company, university) or a natural person. */
export const PartyKind = z.enum(['organization', 'person', 'unknown'])
export type PartyKind = z.infer<typeof PartyKind>

/** An applicant, assignee, inventor, agent or examiner. */
export const Party = z.object({
  /** The display name: "NVIDIA Corporation", "Smith, John A.". */
  name: z.string().min(1),
  kind: PartyKind,
  lastName: z.string().optional(),
  firstName: z.string().optional(),
  /** ST.3 country of residence or nationality where the source gives it. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  city: z.string().optional(),
  state: z.string().optional(),
  /** Office role code where given, e.g. USPTO assignee type `02` (US company). */
  roleCode: z.string().optional(),
  /** Sequence as printed. */
  sequence: z.number().int().nonnegative().optional(),
})
export type Party = z.infer<typeof Party>

export const Parties = z.object({
  applicants: z.array(Party),
  assignees: z.array(Party),
  inventors: z.array(Party),
  agents: z.array(Party),
  examiners: z.array(Party),
})
export type Parties = z.infer<typeof Parties>

/** Builds a display name from parts, "Last, First" for persons. */
export function personName(last: string | undefined, first: string | undefined): string {
  const l = (last ?? '').trim()
  const f = (first ?? '').trim()
  if (l && f) {
    return `${l}, ${f}`
  }
  return l || f
}
