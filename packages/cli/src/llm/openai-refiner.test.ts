import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ChuhaiError, checkEligibility, refineReport } from '@chuhai/core'
import {
  createOpenAiRefiner,
  isLoopbackUrl,
  parseTexts,
  refinerConfigFromEnv,
} from './openai-refiner.js'

interface Seen {
  path?: string
  auth?: string
  body?: { model: string; messages: { role: string; content: string }[] }
}

let server: Server
let base = ''
const seen: Seen = {}
let reply: (texts: string[]) => { status: number; body: string } = (texts) => ({
  status: 200,
  body: JSON.stringify({
    choices: [
      {
        message: {
          content: '```json\n' + JSON.stringify({ texts: texts.map((t) => `✎ ${t}`) }) + '\n```',
        },
      },
    ],
  }),
})

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) {
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

beforeAll(async () => {
  server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      seen.path = req.url
      seen.auth = req.headers.authorization
      seen.body = JSON.parse(raw) as Seen['body']
      const user = JSON.parse(seen.body!.messages[1]!.content) as { texts: string[] }
      const { status, body } = reply(user.texts)
      res.writeHead(status, { 'content-type': 'application/json' }).end(body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

const report = checkEligibility({
  claims: '1. A method of recommending films from user preferences, performed by a server.',
  jurisdictions: ['US', 'EP'],
})

describe('OpenAI-compatible refiner against a local server', () => {
  it('posts to /chat/completions with the model and key, and rewords texts without touching verdicts', async () => {
    const refiner = createOpenAiRefiner({ url: base, model: 'local-model', key: 'secret' })
    const { report: out, refined } = await refineReport(report, refiner)
    expect(refined).toBe(true)
    expect(seen.path).toBe('/v1/chat/completions')
    expect(seen.auth).toBe('Bearer secret')
    expect(seen.body?.model).toBe('local-model')
    expect(out.jurisdictions.map((j) => j.verdict)).toEqual(
      report.jurisdictions.map((j) => j.verdict),
    )
    expect(out.jurisdictions[0]!.steps[0]!.finding).toMatch(/^✎ /u)
    expect(out.refinedBy).toBe('openai-compatible:local-model')
  })

  it('keeps the original texts when the server answers garbage or an error status', async () => {
    for (const bad of [
      () => ({ status: 200, body: '{"choices":[]}' }),
      () => ({ status: 500, body: 'boom' }),
    ]) {
      reply = bad
      const outcome = await refineReport(report, createOpenAiRefiner({ url: base, model: 'm' }))
      expect(outcome.refined).toBe(false)
      expect(outcome.report).toBe(report)
      expect(outcome.problems.join('\n')).toMatch(/LLM refinement failed/u)
    }
  })
})

describe('configuration and safety', () => {
  it('is off unless URL and model are set, and reads the remote opt-in', () => {
    expect(refinerConfigFromEnv({})).toBeUndefined()
    expect(refinerConfigFromEnv({ CHUHAI_LLM_URL: base })).toBeUndefined()
    expect(
      refinerConfigFromEnv({
        CHUHAI_LLM_URL: base,
        CHUHAI_LLM_MODEL: 'm',
        CHUHAI_LLM_ALLOW_REMOTE: '1',
      }),
    ).toMatchObject({ allowRemote: true })
  })

  it('refuses a non-loopback URL unless remote use is allowed', () => {
    expect(isLoopbackUrl('http://localhost:8000/v1')).toBe(true)
    expect(isLoopbackUrl('http://[::1]:8000')).toBe(true)
    expect(isLoopbackUrl('http://127.0.0.2')).toBe(true)
    expect(isLoopbackUrl('https://api.example.com/v1')).toBe(false)
    expect(isLoopbackUrl('http://127.0.0.1.example.com')).toBe(false)
    expect(() => createOpenAiRefiner({ url: 'https://api.example.com/v1', model: 'm' })).toThrow(
      ChuhaiError,
    )
    expect(() =>
      createOpenAiRefiner({ url: 'https://api.example.com/v1', model: 'm', allowRemote: true }),
    ).not.toThrow()
  })

  it('parses bare and fenced JSON completions', () => {
    const body = (content: string): string =>
      JSON.stringify({ choices: [{ message: { content } }] })
    expect(parseTexts(body('{"texts":["a","b"]}'))).toEqual(['a', 'b'])
    expect(() => parseTexts(body('{"texts":[1]}'))).toThrow(/not a list of strings/u)
  })
})
