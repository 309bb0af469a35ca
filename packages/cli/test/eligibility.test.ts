import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI, runCli, tempDir } from './helpers/run-cli.js'

const dir = tempDir('chuhai-eligibility-')
const examples = resolve(import.meta.dirname, '../../../docs/examples')
const ROBOT = join(examples, 'robot-dog-gait.claims.txt')

function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

describe('chuhai check eligibility --claims', () => {
  it('prints a report per office with steps, claim words and sources', () => {
    const run = runCli(['check', 'eligibility', '--claims', ROBOT, '--jurisdictions', 'US,EP'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('United States (USPTO) — eligible')
    expect(run.stdout).toContain('Step 2A prong one')
    expect(run.stdout).toMatch(/Sources: .*\[(V|S|U)\]/u)
    expect(run.stdout).not.toContain('Korea')
  })

  it('--json --lang zh gives the report object with Chinese explanations', () => {
    const run = runCli(['check', 'eligibility', '--claims', ROBOT, '--json', '--lang', 'zh'])
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout) as {
      lang: string
      jurisdictions: { jurisdiction: string; verdict: string; steps: { finding: string }[] }[]
    }
    expect(report.lang).toBe('zh')
    expect(report.jurisdictions.map((j) => j.jurisdiction)).toEqual([
      'US',
      'EP',
      'CN',
      'JP',
      'KR',
      'UK',
    ])
    expect(report.jurisdictions.every((j) => j.verdict === 'eligible')).toBe(true)
    expect(report.jurisdictions[0]!.steps[0]!.finding).toMatch(/[\u4e00-\u9fff]/u)
  })

  it('an empty file is a usage error', () => {
    const run = runCli(['check', 'eligibility', '--claims', file('empty.txt', '  \n')])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/no claims to check: .*empty\.txt is empty/u)
  })

  it('an unknown jurisdiction lists the valid ones', () => {
    const run = runCli(['check', 'eligibility', '--claims', ROBOT, '--jurisdictions', 'US,XX'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      'unknown jurisdiction "XX"; valid jurisdictions: US, EP, CN, JP, KR, UK',
    )
  })

  it('a missing file fails with its name', () => {
    const run = runCli(['check', 'eligibility', '--claims', join(dir, 'nope.txt')])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/cannot read file: .*nope\.txt: ENOENT/u)
  })

  it('--refine with a remote URL is refused before anything is sent', () => {
    const run = runCli(['check', 'eligibility', '--claims', ROBOT, '--refine'], {
      CHUHAI_LLM_URL: 'https://api.example.com/v1',
      CHUHAI_LLM_MODEL: 'm',
      CHUHAI_LLM_ALLOW_REMOTE: '',
    })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/refusing to send claims to the non-local LLM endpoint/u)
  })
})

describe('chuhai check eligibility --batch', () => {
  it('writes one JSONL result per good line and names the bad lines on stderr', () => {
    const input = file(
      'batch.jsonl',
      [
        JSON.stringify({ id: 'r1', jurisdiction: 'US', claim_text: readFileSync(ROBOT, 'utf8') }),
        '{"id": "broken"',
        JSON.stringify({
          id: 'b1',
          jurisdiction: 'EP',
          claim_text:
            'A computer-implemented method of setting insurance prices from customer data.',
        }),
        JSON.stringify({ id: 'x1', jurisdiction: 'FR', claim_text: 'A robot.' }),
      ].join('\n'),
    )
    const run = runCli(['check', 'eligibility', '--batch', input])
    expect(run.code).toBe(1)
    const lines = run.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as { id: string; jurisdiction: string; verdict: string; reasons: string[] },
      )
    expect(lines.map((l) => [l.id, l.jurisdiction, l.verdict])).toEqual([
      ['r1', 'US', 'eligible'],
      ['b1', 'EP', 'ineligible'],
    ])
    expect(Object.keys(lines[0]!)).toEqual(['id', 'jurisdiction', 'verdict', 'reasons'])
    expect(lines[1]!.reasons.length).toBeGreaterThan(0)
    expect(run.stderr).toMatch(/line 2: not JSON/u)
    expect(run.stderr).toMatch(/line 4: .*"FR".*valid jurisdictions: US, EP, CN, JP, KR, UK/u)
  })

  it('needs exactly one of --claims and --batch', () => {
    expect(runCli(['check', 'eligibility']).code).toBe(2)
  })
})

describe('chuhai check eligibility --refine against a local LLM server', () => {
  it('rewords the explanations through the local endpoint; verdicts stay', async () => {
    let calls = 0
    const server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        calls++
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          messages: { content: string }[]
        }
        const { texts } = JSON.parse(body.messages[1]!.content) as { texts: string[] }
        const content = JSON.stringify({ texts: texts.map((t) => `[polished] ${t}`) })
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ choices: [{ message: { content } }] }))
      })
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const port = (server.address() as AddressInfo).port
    try {
      const child = spawn(
        process.execPath,
        [
          CLI,
          'check',
          'eligibility',
          '--claims',
          ROBOT,
          '--jurisdictions',
          'EP',
          '--json',
          '--refine',
        ],
        {
          env: {
            ...process.env,
            CHUHAI_LLM_URL: `http://127.0.0.1:${port}/v1`,
            CHUHAI_LLM_MODEL: 'tiny',
          },
        },
      )
      let stdout = ''
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')))
      const code = await new Promise<number | null>((r) => child.on('close', r))
      expect(code).toBe(0)
      const report = JSON.parse(stdout) as {
        refinedBy: string
        jurisdictions: { verdict: string; steps: { finding: string }[] }[]
      }
      expect(calls).toBe(1)
      expect(report.refinedBy).toBe('openai-compatible:tiny')
      expect(report.jurisdictions[0]!.verdict).toBe('eligible')
      expect(report.jurisdictions[0]!.steps[0]!.finding).toMatch(/^\[polished\] /u)
    } finally {
      await new Promise((r) => server.close(r))
    }
  })
})
