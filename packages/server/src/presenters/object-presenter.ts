import type { ConfidentialObject } from '@chuhai/core/workspace'
import type { ObjectSummary, ObjectView } from '@chuhai/api-client'

/** The full object (allow-list: everything but the organisation id). */
export function presentObject(o: ConfidentialObject): ObjectView {
  return {
    id: o.id,
    kind: o.kind,
    title: o.title,
    body: o.body,
    matterId: o.matterId,
    createdBy: o.createdBy,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  }
}

/** Lists carry no body: the confidential text leaves only when one object is opened (audited). */
export function presentObjectSummary(o: ConfidentialObject): ObjectSummary {
  return {
    id: o.id,
    kind: o.kind,
    title: o.title,
    matterId: o.matterId,
    createdBy: o.createdBy,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  }
}
