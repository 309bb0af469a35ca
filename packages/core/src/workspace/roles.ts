/**
 * Organisation roles and what each may do (issue 9). Pure policy: the server asks `can(role,
 * action)` before it calls a service, and services scope every query to the caller's organisation
 * (and, for attorneys, to the matters assigned to them).
 */
export const ROLES = ['owner', 'ip_manager', 'attorney', 'viewer'] as const

/** A member's role in one organisation. */
export type Role = (typeof ROLES)[number]

/** Everything the API lets a member do, one verb per kind of change. */
export const ACTIONS = [
  'patents.read',
  'patents.import',
  'objects.read',
  'objects.write',
  'matters.read',
  'matters.write',
  'matters.assign',
  'analysis.run',
  'jobs.read',
  'jobs.control',
  'members.read',
  'members.manage',
  'tokens.manage',
  'audit.read',
] as const

/** One permission. */
export type Action = (typeof ACTIONS)[number]

const VIEWER: readonly Action[] = [
  'patents.read',
  'objects.read',
  'matters.read',
  'jobs.read',
  'members.read',
  'tokens.manage',
]

const ATTORNEY: readonly Action[] = [...VIEWER, 'objects.write', 'matters.write', 'analysis.run']

const IP_MANAGER: readonly Action[] = [
  ...ATTORNEY,
  'patents.import',
  'matters.assign',
  'jobs.control',
  'audit.read',
]

const GRANTS: Readonly<Record<Role, ReadonlySet<Action>>> = {
  viewer: new Set(VIEWER),
  attorney: new Set(ATTORNEY),
  ip_manager: new Set(IP_MANAGER),
  owner: new Set(ACTIONS),
}

/** Whether `role` may perform `action`. */
export function can(role: Role, action: Action): boolean {
  return GRANTS[role].has(action)
}

/**
 * Whether the role sees only what is assigned to it: an attorney is outside counsel and sees the
 * matters assigned to them and the confidential objects linked to those matters, nothing else.
 */
export function seesAssignedOnly(role: Role): boolean {
  return role === 'attorney'
}

/** Type guard for role strings from requests and rows. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}
