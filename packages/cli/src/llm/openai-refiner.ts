import { createError, type EligibilityRefiner, type RefineRequest } from '@chuhai/core'

/** Configuration of the OpenAI-compatible refiner (all from the environment by default). */
export interface OpenAiRefinerConfig {
  /** Base URL, e.g. `http://127.0.0.1:8000/v1`; `/chat/completions` is appended unless present. */
  readonly url: string
  readonly model: string
  /** Bearer token, when the server wants one. */
  readonly key?: string
  /** Allow a non-loopback URL. Default is `false`: claims must not leave the server. */
  readonly allowRemote?: boolean
  /** Request timeout. Default is 60 000 ms. */
  readonly timeoutMs?: number
  /** The fetch implementation (tests inject one). Default is the global `fetch`. */
  readonly fetch?: typeof fetch
}

/**
 * Reads `CHUHAI_LLM_URL`, `CHUHAI_LLM_MODEL`, `CHUHAI_LLM_KEY` and `CHUHAI_LLM_ALLOW_REMOTE=1`;
 * undefined when the URL or the model is missing (the refiner is off by default).
 */
export function refinerConfigFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): OpenAiRefinerConfig | undefined {
  const url = env.CHUHAI_LLM_URL?.trim()
  const model = env.CHUHAI_LLM_MODEL?.trim()
  if (!url || !model) {
    return undefined
  }
  return {
    url,
    model,
    key: env.CHUHAI_LLM_KEY || undefined,
    allowRemote: env.CHUHAI_LLM_ALLOW_REMOTE === '1',
  }
}

/** Whether `url` points at this machine (loopback host names and addresses only). */
export function isLoopbackUrl(url: string): boolean {
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase()
  } catch {
    return false
  }
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    /^127(?:\.\d{1,3}){3}$/u.test(host)
  )
}

const SYSTEM = [
  'You polish the wording of a patent-eligibility pre-check for a patent attorney.',
  'Rewrite each text so it reads clearly and idiomatically in the requested language.',
  'Keep every legal citation, claim quotation and conclusion exactly as it is; never change whether a step is favourable or not.',
  'Answer with JSON only: {"texts": [...]} holding exactly as many strings as you were given, in the same order.',
].join(' ')

/**
 * An `EligibilityRefiner` over an OpenAI-compatible `/chat/completions` endpoint (vLLM, llama.cpp,
 * Ollama, LM Studio …). Refuses a non-loopback URL unless `allowRemote` is set.
 * @throws `LLM_REMOTE_REFUSED` at creation for a remote URL without permission.
 */
export function createOpenAiRefiner(config: OpenAiRefinerConfig): EligibilityRefiner {
  if (!isLoopbackUrl(config.url) && !config.allowRemote) {
    throw createError('LLM_REMOTE_REFUSED', config.url)
  }
  const endpoint = /\/chat\/completions\/?$/u.test(config.url)
    ? config.url
    : `${config.url.replace(/\/+$/u, '')}/chat/completions`
  const doFetch = config.fetch ?? fetch
  return {
    id: `openai-compatible:${config.model}`,
    async refine(request: RefineRequest): Promise<readonly string[]> {
      const user = JSON.stringify({
        language: request.lang === 'zh' ? 'Simplified Chinese' : 'English',
        office: request.jurisdiction,
        verdict: request.verdict,
        texts: request.texts,
      })
      let response: Response
      try {
        response = await doFetch(endpoint, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(config.key ? { authorization: `Bearer ${config.key}` } : {}),
          },
          body: JSON.stringify({
            model: config.model,
            temperature: 0,
            messages: [
              { role: 'system', content: SYSTEM },
              { role: 'user', content: user },
            ],
          }),
          signal: AbortSignal.timeout(config.timeoutMs ?? 60_000),
        })
      } catch (error) {
        throw createError('LLM_FAILED', error instanceof Error ? error.message : String(error))
      }
      if (!response.ok) {
        throw createError('LLM_FAILED', `HTTP ${response.status} from ${endpoint}`)
      }
      return parseTexts(await response.text())
    },
  }
}

/** Pulls `{"texts": [...]}` out of a chat-completion body (tolerating code fences). */
export function parseTexts(body: string): string[] {
  try {
    const completion = JSON.parse(body) as { choices?: { message?: { content?: unknown } }[] }
    const content = completion.choices?.[0]?.message?.content
    if (typeof content !== 'string') {
      throw new Error('no message content')
    }
    const json = content.replace(/^\s*```(?:json)?\s*/u, '').replace(/\s*```\s*$/u, '')
    const texts = (JSON.parse(json) as { texts?: unknown }).texts
    if (!Array.isArray(texts) || !texts.every((t) => typeof t === 'string')) {
      throw new Error('"texts" is not a list of strings')
    }
    return texts
  } catch (error) {
    throw createError(
      'LLM_FAILED',
      `unreadable completion: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}
