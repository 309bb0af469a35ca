import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConnectorsConfig } from './connectors-config.js'

describe('loadConnectorsConfig', () => {
  it('uses each service’s published defaults', () => {
    const config = loadConnectorsConfig({ env: { HOME: '/home/u' }, cwd: '/work' })
    expect(config.epoOps.baseUrl).toBe('https://ops.epo.org/3.2')
    expect(config.patentsView.requestsPerMinute).toBe(45)
    expect(config.uspto.requestsPerMinute).toBe(60)
    expect(config.fetchDir).toBe('/work/chuhai-fetch')
    expect(config.retry.maxAttempts).toBe(5)
    expect(config.epoOps.key).toBeUndefined()
  })

  it('reads chuhai.config.json and lets the environment win', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chuhai-config-'))
    writeFileSync(
      join(dir, 'chuhai.config.json'),
      JSON.stringify({
        connectors: {
          epoOps: { key: 'file-key', secret: 'file-secret' },
          lens: { token: 't', requestsPerMinute: 50 },
          cacheTtlHours: 2,
        },
      }),
    )
    const config = loadConnectorsConfig({
      env: { CHUHAI_EPO_OPS_KEY: 'env-key', CHUHAI_LENS_URL: 'http://127.0.0.1:9/' },
      cwd: dir,
    })
    expect(config.epoOps).toMatchObject({ key: 'env-key', secret: 'file-secret' })
    expect(config.lens).toMatchObject({
      token: 't',
      requestsPerMinute: 50,
      baseUrl: 'http://127.0.0.1:9',
    })
    expect(config.cacheTtlHours).toBe(2)
  })

  it('names the variable or field that is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chuhai-config-'))
    expect(() => loadConnectorsConfig({ env: { CHUHAI_LENS_URL: 'not a url' }, cwd: dir })).toThrow(
      /CHUHAI_LENS_URL: not a URL/,
    )
    expect(() =>
      loadConnectorsConfig({ env: { CHUHAI_HTTP_MAX_ATTEMPTS: '-1' }, cwd: dir }),
    ).toThrow(/CHUHAI_HTTP_MAX_ATTEMPTS/)
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ connectors: { lens: { tokn: 'x' } } }))
    expect(() => loadConnectorsConfig({ env: {}, file: 'bad.json', cwd: dir })).toThrow(
      /connectors\.lens/,
    )
    expect(() =>
      loadConnectorsConfig({ env: { CHUHAI_CONFIG: 'missing.json' }, cwd: dir }),
    ).toThrow(/missing\.json/)
  })
})
