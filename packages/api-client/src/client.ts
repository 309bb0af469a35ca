import type {
  AddMemberRequest,
  ApiTokenView,
  AuditView,
  CreatedToken,
  LoginRequest,
  Me,
  Member,
  SetupRequest,
  SetupStatus,
} from './contract/accounts.js'
import type {
  EligibilityRequest,
  FetchRequest,
  FtoExportQuery,
  FtoFindingsRequest,
  FtoRunRequest,
  FtoRunSummary,
  FtoRunView,
  InvalidityRequest,
  PlanRequest,
  WatchRunRequest,
} from './contract/analysis.js'
import type { CreateWatchRequest, WatchDetail, WatchView } from './contract/monitoring.js'
import type {
  CreateEventRequest,
  CreateMatterRequest,
  DocketView,
  EventView,
  MatterDetail,
  MatterView,
  NetView,
} from './contract/docket.js'
import type { CreateJobRequest, JobView } from './contract/jobs.js'
import type {
  CreateObjectRequest,
  ObjectSummary,
  ObjectView,
  UpdateObjectRequest,
} from './contract/objects.js'
import type { PatentDetail, SearchPage, SearchQuery, StoreStatsView } from './contract/patents.js'

/** An error response of the API: its catalogue code, HTTP status and message. */
export class ApiError extends Error {
  readonly code: string
  readonly status: number

  constructor(status: number, code: string, message: string) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
  }
}

/** Options of `ChuhaiClient`. */
export interface ClientOptions {
  /** Base URL. Default is `''` (same origin, as the web app uses it). */
  readonly baseUrl?: string
  /** API token for scripts (`Authorization: Bearer …`); browsers use the session cookie. */
  readonly token?: string
  /** Default is the global `fetch`. */
  readonly fetch?: typeof fetch
}

type Query = Readonly<Record<string, string | number | boolean | readonly string[] | undefined>>

function queryString(query: Query | undefined): string {
  if (!query) {
    return ''
  }
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') {
      continue
    }
    params.set(key, Array.isArray(value) ? value.join(',') : String(value))
  }
  const s = params.toString()
  return s ? `?${s}` : ''
}

/**
 * Typed client of the Chuhai REST API (the contract is the zod schemas of this package, which the
 * server validates with and publishes at `/api/docs`). Sends the CSRF token of the session on
 * writes once `me()`, `login()` or `setup()` returned it.
 *
 * @example
 * const api = new ChuhaiClient({ baseUrl: 'http://127.0.0.1:8787', token: process.env.CHUHAI_TOKEN })
 * const page = await api.search({ q: 'robot gait' })
 */
export class ChuhaiClient {
  readonly #base: string
  readonly #token: string | undefined
  readonly #fetch: typeof fetch
  #csrf: string | null = null

  constructor(options: ClientOptions = {}) {
    this.#base = options.baseUrl ?? ''
    this.#token = options.token
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init))
  }

  /** Sends one request; JSON in, JSON out; throws `ApiError` on a non-2xx answer. */
  async request<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' }
    if (body !== undefined && !(body instanceof FormData)) {
      headers['content-type'] = 'application/json'
    }
    if (this.#token) {
      headers.authorization = `Bearer ${this.#token}`
    }
    if (this.#csrf && method !== 'GET') {
      headers['x-csrf-token'] = this.#csrf
    }
    const response = await this.#fetch(`${this.#base}${path}${queryString(query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined
        ? {}
        : { body: body instanceof FormData ? body : JSON.stringify(body) }),
    })
    const text = await response.text()
    const data: unknown = text ? JSON.parse(text) : undefined
    if (!response.ok) {
      const error = (data as { error?: { code?: string; message?: string } } | undefined)?.error
      throw new ApiError(
        response.status,
        error?.code ?? 'HTTP',
        error?.message ?? response.statusText,
      )
    }
    return data as T
  }

  /**
   * A plain `fetch` with this client's credentials (token, cookies through its fetch, CSRF on
   * writes): for downloads, uploads and event streams.
   */
  rawFetch(input: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers)
    if (this.#token) {
      headers.set('authorization', `Bearer ${this.#token}`)
    }
    if (this.#csrf && (init.method ?? 'GET') !== 'GET') {
      headers.set('x-csrf-token', this.#csrf)
    }
    return this.#fetch(input, { credentials: 'same-origin', ...init, headers })
  }

  #me(me: Me): Me {
    this.#csrf = me.csrf
    return me
  }

  setupStatus = (): Promise<SetupStatus> => this.request('GET', '/api/setup')
  setup = async (r: SetupRequest): Promise<Me> =>
    this.#me(await this.request<Me>('POST', '/api/setup', r))
  login = async (r: LoginRequest): Promise<Me> =>
    this.#me(await this.request<Me>('POST', '/api/auth/login', r))
  logout = (): Promise<unknown> => this.request('POST', '/api/auth/logout', {})
  me = async (): Promise<Me> => this.#me(await this.request<Me>('GET', '/api/me'))
  switchOrg = async (orgId: string): Promise<Me> =>
    this.#me(await this.request<Me>('POST', '/api/me/org', { orgId }))
  createOrg = async (name: string): Promise<Me> =>
    this.#me(await this.request<Me>('POST', '/api/orgs', { name }))

  members = (): Promise<Member[]> => this.request('GET', '/api/org/members')
  addMember = (r: AddMemberRequest): Promise<Member> => this.request('POST', '/api/org/members', r)
  setRole = (userId: string, role: Member['role']): Promise<Member> =>
    this.request('PATCH', `/api/org/members/${encodeURIComponent(userId)}`, { role })
  removeMember = (userId: string): Promise<unknown> =>
    this.request('DELETE', `/api/org/members/${encodeURIComponent(userId)}`)
  tokens = (): Promise<ApiTokenView[]> => this.request('GET', '/api/tokens')
  createToken = (name: string): Promise<CreatedToken> =>
    this.request('POST', '/api/tokens', { name })
  revokeToken = (id: string): Promise<unknown> =>
    this.request('DELETE', `/api/tokens/${encodeURIComponent(id)}`)
  audit = (q: { limit?: number; before?: number } = {}): Promise<AuditView[]> =>
    this.request('GET', '/api/audit', undefined, q)

  objects = (kind: 'disclosures' | 'products'): Promise<ObjectSummary[]> =>
    this.request('GET', `/api/${kind}`)
  object = (kind: 'disclosures' | 'products', id: string): Promise<ObjectView> =>
    this.request('GET', `/api/${kind}/${encodeURIComponent(id)}`)
  createObject = (kind: 'disclosures' | 'products', r: CreateObjectRequest): Promise<ObjectView> =>
    this.request('POST', `/api/${kind}`, r)
  updateObject = (
    kind: 'disclosures' | 'products',
    id: string,
    r: UpdateObjectRequest,
  ): Promise<ObjectView> => this.request('PATCH', `/api/${kind}/${encodeURIComponent(id)}`, r)
  deleteObject = (kind: 'disclosures' | 'products', id: string): Promise<unknown> =>
    this.request('DELETE', `/api/${kind}/${encodeURIComponent(id)}`)

  search = (q: SearchQuery): Promise<SearchPage> =>
    this.request('GET', '/api/patents/search', undefined, q as Query)
  patent = (id: string): Promise<PatentDetail> =>
    this.request('GET', `/api/patents/${encodeURIComponent(id)}`)
  stats = (): Promise<StoreStatsView> => this.request('GET', '/api/patents/stats')
  landscape = (q: string): Promise<SearchPage['facets'] & { total: number }> =>
    this.request('GET', '/api/landscape', undefined, { q })

  matters = (): Promise<MatterView[]> => this.request('GET', '/api/matters')
  matter = (id: string): Promise<MatterDetail> =>
    this.request('GET', `/api/matters/${encodeURIComponent(id)}`)
  createMatter = (r: CreateMatterRequest): Promise<MatterView> =>
    this.request('POST', '/api/matters', r)
  addEvent = (matterId: string, r: CreateEventRequest): Promise<EventView> =>
    this.request('POST', `/api/matters/${encodeURIComponent(matterId)}/events`, r)
  assign = (matterId: string, userId: string): Promise<MatterView> =>
    this.request('POST', `/api/matters/${encodeURIComponent(matterId)}/assignees`, { userId })
  docket = (q: { upcoming?: number; all?: boolean } = {}): Promise<DocketView> =>
    this.request('GET', '/api/docket', undefined, q)
  net = (q: { markets?: string; currency?: string } = {}): Promise<NetView> =>
    this.request('GET', '/api/net', undefined, q)

  eligibility = (r: EligibilityRequest): Promise<Record<string, unknown>> =>
    this.request('POST', '/api/eligibility', r)
  plan = (r: PlanRequest): Promise<Record<string, unknown>> => this.request('POST', '/api/plan', r)
  ftoRun = (r: FtoRunRequest): Promise<JobView> => this.request('POST', '/api/fto/runs', r)
  ftoRuns = (productId?: string): Promise<FtoRunSummary[]> =>
    this.request('GET', '/api/fto/runs', undefined, productId ? { productId } : {})
  ftoRunView = (id: string): Promise<FtoRunView> =>
    this.request('GET', `/api/fto/runs/${encodeURIComponent(id)}`)
  ftoFindings = (id: string, r: FtoFindingsRequest): Promise<FtoRunView> =>
    this.request('PUT', `/api/fto/runs/${encodeURIComponent(id)}/findings`, r)
  /** URL of a run's report (DOCX, XLSX, HTML, PDF or JSON) for a download link. */
  ftoExportUrl = (id: string, q: FtoExportQuery = {}): string =>
    `${this.#base}/api/fto/runs/${encodeURIComponent(id)}/export?${new URLSearchParams(
      Object.entries(q).map(([k, v]) => [k, String(v)]),
    ).toString()}`
  invalidityRun = (r: InvalidityRequest): Promise<JobView> =>
    this.request('POST', '/api/invalidity/runs', r)
  fetchRun = (r: FetchRequest): Promise<JobView> => this.request('POST', '/api/fetch/runs', r)
  watchRun = (r: WatchRunRequest): Promise<JobView> => this.request('POST', '/api/watch/runs', r)
  watches = (): Promise<WatchView[]> => this.request('GET', '/api/watches')
  createWatch = (r: CreateWatchRequest): Promise<WatchView> =>
    this.request('POST', '/api/watches', r)
  watch = (name: string, limit?: number): Promise<WatchDetail> =>
    this.request(
      'GET',
      `/api/watches/${encodeURIComponent(name)}${limit === undefined ? '' : `?limit=${limit}`}`,
    )
  removeWatch = (name: string): Promise<{ ok: true }> =>
    this.request('DELETE', `/api/watches/${encodeURIComponent(name)}`)

  jobs = (): Promise<JobView[]> => this.request('GET', '/api/jobs')
  job = (id: string): Promise<JobView> => this.request('GET', `/api/jobs/${encodeURIComponent(id)}`)
  createJob = (r: CreateJobRequest): Promise<JobView> => this.request('POST', '/api/jobs', r)
  cancelJob = (id: string): Promise<JobView> =>
    this.request('POST', `/api/jobs/${encodeURIComponent(id)}/cancel`, {})
  retryJob = (id: string): Promise<JobView> =>
    this.request('POST', `/api/jobs/${encodeURIComponent(id)}/retry`, {})
  importPaths = (paths: string[]): Promise<JobView> =>
    this.request('POST', '/api/imports/path', { paths })
  importRoots = (): Promise<{ roots: string[] }> => this.request('GET', '/api/imports/roots')
  upload = (files: readonly File[]): Promise<JobView> => {
    const form = new FormData()
    for (const f of files) {
      form.append('file', f, f.name)
    }
    return this.request('POST', '/api/imports/upload', form)
  }
  /** URL of the server-sent events of one job (`EventSource`). */
  jobEventsUrl = (id: string): string => `${this.#base}/api/jobs/${encodeURIComponent(id)}/events`
}
