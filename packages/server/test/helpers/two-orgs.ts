import type { ChuhaiClient } from '@chuhai/api-client'
import { signUpOwner, type TestServer } from './test-server.js'

/**
 * Two organisations with one owner each and no shared member: Acme (owner `a`) and Beta (owner
 * `b`). Acme's owner creates Beta, makes b its owner and leaves it.
 */
export async function twoOrgs(
  server: TestServer,
): Promise<{ a: ChuhaiClient; b: ChuhaiClient; bUserId: string }> {
  const a = await signUpOwner(server)
  const acme = (await a.me()).org.id
  await a.createOrg('Beta Devices')
  const added = await a.addMember({
    email: 'owner@beta.test',
    name: 'Beta Owner',
    password: 'another horse battery',
    role: 'owner',
  })
  const me = await a.me()
  await a.removeMember(me.user.id)
  const a2 = server.client()
  await a2.login({ email: 'owner@acme.test', password: 'correct horse battery', orgId: acme })
  const b = server.client()
  await b.login({ email: 'owner@beta.test', password: 'another horse battery' })
  return { a: a2, b, bUserId: added.userId }
}
