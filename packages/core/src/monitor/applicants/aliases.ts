import { z } from 'zod'
import { createError } from '../../errors.js'
import data from './data/applicant-aliases.json' with { type: 'json' }

/** One company (or subsidiary) with its known spellings. */
export const AliasEntity = z
  .object({
    /** Stable id, kebab-case (`nvidia`). */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    /** The display name. */
    name: z.string().min(1),
    /** Id of the parent company; subsidiaries are grouped under it. */
    parent: z.string().optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    /** Spellings in any language and script; matched through `applicantKey`. */
    names: z.array(z.string().min(1)).min(1),
    /** Where the spellings and the parent relation come from. */
    source: z.string().min(1),
  })
  .strict()
export type AliasEntity = z.infer<typeof AliasEntity>

/** The aliases file (`applicant-aliases.json`). */
export const AliasesFile = z
  .object({
    version: z.string().min(1),
    note: z.string().optional(),
    entities: z.array(AliasEntity),
  })
  .strict()
export type AliasesFile = z.infer<typeof AliasesFile>

/** The aliases shipped with Chuhai (validated on first use). */
export function defaultAliases(): AliasesFile {
  return parseAliases(data, 'applicant-aliases.json')
}

/**
 * Validates an aliases file; `where` names it in errors. Every parent must be an entity of the
 * file and no entity may be its own ancestor.
 */
export function parseAliases(input: unknown, where: string): AliasesFile {
  const parsed = AliasesFile.safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw createError(
      'MONITOR_ALIASES_INVALID',
      where,
      `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    )
  }
  const ids = new Map(parsed.data.entities.map((e) => [e.id, e]))
  for (const entity of parsed.data.entities) {
    const seen = new Set<string>()
    for (let at: AliasEntity | undefined = entity; at?.parent !== undefined;) {
      if (seen.has(at.id)) {
        throw createError('MONITOR_ALIASES_INVALID', where, `${entity.id}: parent cycle`)
      }
      seen.add(at.id)
      const parent = ids.get(at.parent)
      if (!parent) {
        throw createError('MONITOR_ALIASES_INVALID', where, `${at.id}: unknown parent ${at.parent}`)
      }
      at = parent
    }
  }
  return parsed.data
}

/**
 * Merges a user's aliases over a base file: an entity with the same id replaces the base one,
 * new ids are added. The version becomes `base+override`.
 */
export function mergeAliases(base: AliasesFile, override: AliasesFile): AliasesFile {
  const byId = new Map(base.entities.map((e) => [e.id, e]))
  for (const entity of override.entities) {
    byId.set(entity.id, entity)
  }
  const merged = { version: `${base.version}+${override.version}`, entities: [...byId.values()] }
  return parseAliases(merged, 'merged aliases')
}
