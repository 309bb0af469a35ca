import type { ObjectKind } from '@chuhai/core/workspace'
import {
  CreateObjectRequest,
  IdParam,
  ObjectSummary,
  ObjectView,
  Ok,
  UpdateObjectRequest,
} from '@chuhai/api-client'
import { z } from 'zod'
import { principalOf } from '../auth/auth-hook.js'
import type { RouteModule } from '../http/zod-app.js'
import { presentObject, presentObjectSummary } from '../presenters/object-presenter.js'

const COLLECTIONS: readonly [string, ObjectKind][] = [
  ['disclosures', 'disclosure'],
  ['products', 'product'],
]

/** CRUD of invention disclosures and products (confidential objects of the organisation). */
export const objectRoutes: RouteModule = (app, s) => {
  for (const [path, kind] of COLLECTIONS) {
    const tags = [path]
    app.get(
      `/api/${path}`,
      {
        config: { access: 'objects.read', tenant: 'org' },
        schema: { tags, response: { 200: z.array(ObjectSummary) } },
      },
      async (request) =>
        (await s.objects.list(principalOf(request), kind)).map(presentObjectSummary),
    )
    app.post(
      `/api/${path}`,
      {
        config: { access: 'objects.write', tenant: 'org' },
        schema: { tags, body: CreateObjectRequest, response: { 200: ObjectView } },
      },
      async (request) =>
        presentObject(await s.objects.create(principalOf(request), kind, request.body)),
    )
    app.get(
      `/api/${path}/:id`,
      {
        config: { access: 'objects.read', tenant: 'object' },
        schema: { tags, params: IdParam, response: { 200: ObjectView } },
      },
      async (request) =>
        presentObject(await s.objects.get(principalOf(request), kind, request.params.id)),
    )
    app.patch(
      `/api/${path}/:id`,
      {
        config: { access: 'objects.write', tenant: 'object' },
        schema: { tags, params: IdParam, body: UpdateObjectRequest, response: { 200: ObjectView } },
      },
      async (request) =>
        presentObject(
          await s.objects.update(principalOf(request), kind, request.params.id, request.body),
        ),
    )
    app.delete(
      `/api/${path}/:id`,
      {
        config: { access: 'objects.write', tenant: 'object' },
        schema: { tags, params: IdParam, response: { 200: Ok } },
      },
      async (request) => {
        await s.objects.remove(principalOf(request), kind, request.params.id)
        return { ok: true as const }
      },
    )
  }
}
