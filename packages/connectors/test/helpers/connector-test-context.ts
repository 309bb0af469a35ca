import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  connectorContext,
  loadConnectorsConfig,
  type ConnectorContext,
  type ConnectorEvent,
} from '../../src/index.js'
import { fakeTime, type FakeTime } from './fake-time.js'

/** A connector context pointed at a local server, with fake time and fresh folders. */
export function testContext(
  env: Record<string, string>,
  options: { refresh?: boolean; dir?: string } = {},
): { context: ConnectorContext; time: FakeTime; dir: string; events: ConnectorEvent[] } {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'chuhai-connectors-'))
  const time = fakeTime()
  const events: ConnectorEvent[] = []
  const config = loadConnectorsConfig({
    env: {
      CHUHAI_CACHE_DIR: join(dir, 'cache'),
      CHUHAI_FETCH_DIR: join(dir, 'out'),
      ...env,
    },
    cwd: dir,
  })
  const context = connectorContext(config, {
    clock: time.clock,
    sleeper: time.sleeper,
    random: () => 0.5,
    refresh: options.refresh,
    onEvent: (e) => events.push(e),
  })
  return { context, time, dir, events }
}
