import { z } from 'zod'

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')

export const MatterView = z.object({
  id: z.string(),
  family: z.string(),
  office: z.string(),
  title: z.string(),
  applicationNumber: z.string().nullable(),
  filingDate: z.string().nullable(),
  priorityDate: z.string().nullable(),
  core: z.boolean(),
  targets: z.array(z.string()),
  assignees: z.array(z.string()),
})
export type MatterView = z.infer<typeof MatterView>

export const CreateMatterRequest = z.object({
  family: z.string().trim().max(100).optional(),
  office: z.string().trim().min(2).max(3),
  title: z.string().trim().min(1).max(500),
  applicationNumber: z.string().trim().max(50).optional(),
  filingDate: Day.optional(),
  priorityDate: Day.optional(),
  core: z.boolean().default(false),
  targets: z.array(z.string().trim().min(2).max(3)).max(60).default([]),
})
export type CreateMatterRequest = z.input<typeof CreateMatterRequest>

export const EventView = z.object({
  id: z.string(),
  matterId: z.string(),
  type: z.string(),
  date: z.string(),
  responseMonths: z.number().nullable(),
  due: z.string().nullable(),
  note: z.string().nullable(),
})
export type EventView = z.infer<typeof EventView>

export const MatterDetail = MatterView.extend({ events: z.array(EventView) })
export type MatterDetail = z.infer<typeof MatterDetail>

export const CreateEventRequest = z.object({
  type: z.enum([
    'filing',
    'publication',
    'search_report',
    'office_action',
    'response',
    'grant',
    'lapse',
  ]),
  date: Day,
  responseMonths: z.number().int().min(1).max(36).optional(),
  due: Day.optional(),
  note: z.string().max(2000).optional(),
})
export type CreateEventRequest = z.infer<typeof CreateEventRequest>

export const AssignRequest = z.object({ userId: z.string().min(1) })

export const DeadlineView = z.object({
  matterId: z.string(),
  family: z.string(),
  office: z.string(),
  kind: z.string(),
  due: z.string(),
  period: z.string(),
  basis: z.string(),
  source: z.string(),
  status: z.string(),
  done: z.boolean(),
  estimated: z.boolean(),
  daysLeft: z.number(),
  fee: z.object({ value: z.number(), currency: z.string() }).nullable(),
})
export type DeadlineView = z.infer<typeof DeadlineView>

export const DocketQuery = z.object({
  upcoming: z.coerce.number().int().min(1).max(3650).default(365),
  all: z.coerce.boolean().default(false),
})

export const DocketView = z.object({
  today: z.string(),
  rulesVersion: z.string(),
  warnings: z.array(z.string()),
  deadlines: z.array(DeadlineView),
})
export type DocketView = z.infer<typeof DocketView>

export const NetQuery = z.object({
  markets: z.string().optional(),
  currency: z.string().length(3).default('CNY'),
})

export const NetView = z.object({
  markets: z.array(z.string()),
  offices: z.array(z.string()),
  currency: z.string(),
  status: z.string(),
  warnings: z.array(z.string()),
  rows: z.array(
    z.object({
      family: z.string(),
      title: z.string(),
      gaps: z.array(z.string()),
      yearlyCost: z.number(),
      cells: z.array(
        z.object({
          office: z.string(),
          status: z.string(),
          expiry: z.string().nullable(),
          next: z.object({ kind: z.string(), due: z.string() }).nullable(),
          yearlyCost: z.number(),
        }),
      ),
    }),
  ),
})
export type NetView = z.infer<typeof NetView>
