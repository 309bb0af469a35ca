import { parsePublicationNumber } from '@chuhai/core'
import type { PatentSearchRequest } from '@chuhai/core/workspace'
import type { PatentDetail, SearchPage, StoreStatsView } from '@chuhai/api-client'
import type { SqliteStatement } from '@chuhai/store-sqlite'
import type { AppContext } from '../context.js'
import { createServerError } from '../errors.js'
import { presentPatent, presentSearchPage } from '../presenters/patent-presenter.js'
import { ReadCache } from './read-cache.js'

/**
 * The public patent corpus: search (through the `PatentSearch` port), the patent page and store
 * statistics. Patents are public documents shared by every organisation of an installation, so
 * reads are not scoped or audited (searches would flood the log); what an organisation *does* with
 * them (charts, matters) is.
 */
export class PatentService {
  readonly #ctx: AppContext
  readonly #pages = new ReadCache<SearchPage>()
  readonly #details = new ReadCache<PatentDetail>()
  readonly #generation: SqliteStatement

  constructor(ctx: AppContext) {
    this.#ctx = ctx
    this.#generation = ctx.db.prepare('SELECT max(doc) AS doc FROM publications')
  }

  /**
   * What the corpus looks like now: another connection's commit (a CLI ingest) changes
   * `data_version`; this process's imports add publications with higher `doc` numbers (a
   * replaced version is a new row too). Removals of older rows are caught by the cache's TTL.
   */
  #now(): string {
    const version = this.#ctx.db.pragma('data_version', { simple: true }) as number
    const row = this.#generation.get() as { doc: number | null }
    return `${version}:${row.doc ?? 0}`
  }

  /** One page of results (cached per request while the corpus is unchanged). */
  search(request: PatentSearchRequest): Promise<SearchPage> {
    return this.#pages.get(JSON.stringify(request), this.#now(), async () =>
      presentSearchPage(await this.#ctx.search.search(request)),
    )
  }

  /** The page of `id` (canonical `US-10000000-B2`, or any spelling of a publication number). */
  detail(id: string): Promise<PatentDetail> {
    return this.#details.get(id, this.#now(), () => this.#detail(id))
  }

  async #detail(id: string): Promise<PatentDetail> {
    let record = await this.#ctx.patents.get(id)
    if (!record) {
      const number = parsePublicationNumber(id)
      record = number ? (await this.#ctx.patents.findByNumber(number))[0] : undefined
    }
    if (!record) {
      throw createServerError('NOT_FOUND', `patent ${id}`)
    }
    const family = this.#ctx.relations.family(record.id)
    const citedBy = this.#ctx.relations.citedBy(record.id)
    const refs = record.citations.flatMap((c) => (c.documentRef ? [c.documentRef] : []))
    const inStore = this.#ctx.relations.existing(refs)
    return presentPatent(record, family, citedBy, inStore)
  }

  async stats(): Promise<StoreStatsView> {
    const s = await this.#ctx.patents.stats()
    return {
      documents: s.documents,
      byCountry: [...s.byCountry],
      byKind: [...s.byKind],
      byYear: [...s.byYear],
      byType: [...s.byType],
    }
  }
}
