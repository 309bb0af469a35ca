import {
  analyzeKeys,
  createError,
  DEFAULT_NL_SETTINGS,
  DEFAULT_RANK_PARAMS,
  evaluateBoolean,
  type BooleanSelection,
  forwardChecker,
  ForwardVocabulary,
  fuseDense,
  IndexBuilder,
  isWeightedQuery,
  PackedPostingsReader,
  QUERY_STOP_KEYS,
  rankNaturalLanguage,
  selectBoolean,
  textChecker,
  walkQuery,
  WeightedRanker,
  type DocumentSource,
  type IndexDocument,
  type NaturalLanguageSettings,
  type PostingsReader,
  type QueryNode,
  type RankParams,
  type Ranked,
  type SearchBackend,
  type SearchCapabilities,
  type SearchOptions,
  type SearchPage,
  type SearchQuery,
  type WeightedQuery,
} from '@chuhai/core'
import type { SqliteDb } from '../driver.js'
import { computeDocMeta, docMetaView, type DocMeta, type PackedDocMeta } from './doc-meta.js'
import { docMetaStamp, loadDocMeta, saveDocMeta, savedDocMetaStamp } from './doc-meta-store.js'
import {
  INDEX_FORMAT,
  LEGACY_INDEX_FORMAT,
  loadLegacyIndex,
  openStoredIndex,
  readStamp,
  saveIndex,
  storedIndexProblem,
  type IndexStamp,
} from './index-blobs.js'
import type { OpenedIndex } from './index-file.js'
import {
  forwardIsCurrent,
  loadForwardSource,
  writeForwardIndex,
  type SqliteForwardSource,
} from './forward-store.js'
import { buildIndexInShards, canBuildInShards, storeFile } from './index-shards.js'
import { SqliteKeywordResolver } from './keyword-resolver.js'
import { acceptFilter } from './search-filters.js'
import { buildPage, type Candidates } from './search-page.js'

/** Options of `SqliteSearchBackend`. */
export interface SqliteSearchOptions {
  /** BM25F parameters for a new index. Default is `DEFAULT_RANK_PARAMS`. */
  readonly params?: RankParams
  /** Natural-language ranking settings. Default is `DEFAULT_NL_SETTINGS`. */
  readonly settings?: NaturalLanguageSettings
  /** Build the index on first search when it is missing or stale. Default is `true`. */
  readonly autoRefresh?: boolean
  /**
   * Worker threads building the index in shards (ADR 0012). Default is `2` for a store file of at
   * least `SHARDED_BUILD_FROM` publications, else `1` (one thread, no workers).
   */
  readonly buildThreads?: number
  /**
   * Search the stored index even when it no longer covers the store (documents added since it
   * was built are not found until the next `refresh`); for readers that must not build it (the
   * server's search workers, while the index is rebuilt elsewhere). Default is `false`.
   */
  readonly allowStale?: boolean
}

/** Publications from which a store file's index is built on two threads by default. */
export const SHARDED_BUILD_FROM = 20_000

interface Loaded {
  readonly opened: OpenedIndex
  readonly reader: PostingsReader
  readonly ranker: WeightedRanker
  readonly meta: DocMeta
  readonly params: RankParams
  readonly keywords: SqliteKeywordResolver
  /** The forward index for phrase/NEAR checks (ADR 0020), when stored and current. */
  readonly forward: SqliteForwardSource | undefined
}

/** Boolean candidates checked for phrases/NEAR on their text before giving up (bounded cost). */
const MAX_POSITIONAL_CHECKS = 2000
/** Natural-language candidates ranked for facets. */
const FACET_CANDIDATES = 500

/**
 * `SearchBackend` over the SQLite store (ADR 0011): our own impact index (BM25F impacts, stored
 * as blobs) for ranking and Boolean matching, the store's tables for keyword fields, text for
 * phrase checks, snippets and feedback. Authorisation and tenancy are applied by callers.
 */
export class SqliteSearchBackend implements SearchBackend {
  readonly id = 'sqlite'
  readonly capabilities: SearchCapabilities = {
    proximity: true,
    ranking: true,
    snippets: true,
    truncation: true,
    naturalLanguage: true,
    facets: ['country', 'year', 'cpc', 'applicant'],
    hybrid: true,
  }
  readonly #db: SqliteDb
  readonly #options: SqliteSearchOptions
  #loaded: Loaded | undefined

  constructor(db: SqliteDb, options: SqliteSearchOptions = {}) {
    this.#db = db
    this.#options = options
  }

  /**
   * Whether the stored index covers the store as it is now, its side file is whole and paired
   * with it, and the stored per-document columns are current (ADR 0024).
   */
  isCurrent(): boolean {
    return this.staleReason() === undefined
  }

  /**
   * Why the stored index or per-document columns do not serve the store as it is now (no index,
   * an older format, other parameters, publications added or removed, a missing, truncated or
   * foreign side file, columns older than the last write), or undefined when they do.
   */
  staleReason(): string | undefined {
    const now = this.#stamp()
    return (
      this.#indexProblem(now) ??
      (savedDocMetaStamp(this.#db) === docMetaStamp(this.#db, now)
        ? undefined
        : 'the stored per-document columns are older than the store')
    )
  }

  #indexProblem(now: IndexStamp = this.#stamp()): string | undefined {
    const stamp = readStamp(this.#db)
    if (stamp === undefined) {
      return 'no search index is built'
    }
    if (stamp.format !== now.format) {
      return `the search index is of format ${stamp.format}, this build reads ${now.format}`
    }
    if (stamp.params !== now.params) {
      return 'the search index was built with other ranking parameters'
    }
    if (stamp.documents !== now.documents || stamp.maxDoc !== now.maxDoc) {
      return `the search index covers ${stamp.documents} publications, the store holds ${now.documents}`
    }
    return storedIndexProblem(this.#db, storeFile(this.#db))
  }

  #indexCurrent(): boolean {
    return this.#indexProblem() === undefined
  }

  #stampMatches(stamp: IndexStamp | undefined, format: number): boolean {
    const now = this.#stamp()
    return (
      stamp !== undefined &&
      stamp.format === format &&
      stamp.params === now.params &&
      stamp.documents === now.documents &&
      stamp.maxDoc === now.maxDoc
    )
  }

  /**
   * Brings the stored index and per-document columns up to date: a stale or unusable index is
   * rebuilt (an index of the legacy format that covers the store is converted without
   * tokenising again), stale columns are read again. Resolves to the documents indexed.
   */
  async refresh(): Promise<number> {
    this.#release()
    if (!this.#indexCurrent()) {
      await this.#build()
    }
    const stamp = readStamp(this.#db)
    if (stamp !== undefined && !forwardIsCurrent(this.#db, stamp)) {
      // An index built before the forward index existed (or with another record format).
      const opened = openStoredIndex(this.#db, storeFile(this.#db))
      try {
        this.#buildForward(ForwardVocabulary.fromPacked(opened.index))
      } finally {
        opened.close()
      }
    }
    if (savedDocMetaStamp(this.#db) !== docMetaStamp(this.#db, this.#stamp())) {
      this.#buildMeta()
    }
    return this.#stamp().documents
  }

  async search(query: SearchQuery, options: SearchOptions = {}): Promise<SearchPage> {
    const started = Date.now()
    const loaded = await this.#load()
    const limit = options.limit ?? 20
    const offset = options.offset ?? 0
    const collapse = options.collapseFamilies ?? true
    const accept = acceptFilter(loaded.meta, options.filters, this.#db)
    const wanted = offset + limit
    const pool = Math.max(
      collapse ? wanted * 3 + 50 : wanted,
      options.facets?.length ? FACET_CANDIDATES : 0,
      options.dense ? (options.dense.candidates ?? 300) : 0,
    )
    const split = isWeightedQuery(query) ? { text: query, filters: [] } : splitNatural(query)
    let candidates: Candidates
    if (split !== undefined) {
      const extra = split.filters.map((f) => {
        const evaluation = evaluateBoolean(f, loaded.reader, loaded.keywords)
        const docs = new Set(evaluation.match.docs)
        evaluation.release()
        return docs
      })
      const ok =
        extra.length === 0 ? accept : (d: number) => accept(d) && extra.every((s) => s.has(d))
      const text =
        typeof split.text === 'string' && options.understand
          ? ((await options.understand(split.text)) ?? split.text)
          : split.text
      const ranked = await rankNaturalLanguage(
        {
          query: text,
          k: pool,
          accept: ok,
          settings: this.#options.settings ?? DEFAULT_NL_SETTINGS,
        },
        loaded.ranker,
        loaded.reader,
        this.#source(),
        loaded.params,
      )
      const fused = options.dense ? await this.#fuse(ranked, options.dense, loaded.meta) : ranked
      candidates = {
        ranked: fused,
        total: fused.docs.length,
        exact: false,
        keys: conceptKeys(ranked.rankedQuery),
        rankedQuery: ranked.rankedQuery,
      }
    } else {
      candidates = this.#boolean(query as QueryNode, loaded, accept, pool)
    }
    const page = await buildPage(candidates, loaded.meta, this.#db, this.#source(), {
      limit,
      offset,
      collapse,
      snippets: options.snippets ?? true,
      facets: options.facets ?? [],
    })
    return { ...page, tookMs: Date.now() - started }
  }

  /**
   * The index's document frequency per key (a Porter stem, a CJK bigram) and its document count,
   * loading the index when it is not loaded: corpus statistics for claim charts at no extra query.
   */
  async statistics(): Promise<{
    readonly documents: number
    documentFrequency(key: string): number
  }> {
    const { reader } = await this.#load()
    return { documents: reader.docCount, documentFrequency: (key) => reader.df(key) }
  }

  async close(): Promise<void> {
    this.#release()
    return Promise.resolve()
  }

  #release(): void {
    this.#loaded?.opened.close()
    this.#loaded = undefined
  }

  #boolean(
    query: QueryNode,
    loaded: Loaded,
    accept: (d: number) => boolean,
    pool: number,
  ): Candidates {
    const evaluation = evaluateBoolean(query, loaded.reader, loaded.keywords)
    let selection: BooleanSelection
    try {
      selection = selectBoolean(evaluation, {
        accept,
        pool,
        maxChecks: MAX_POSITIONAL_CHECKS,
        checker: loaded.forward
          ? forwardChecker(loaded.forward)
          : textChecker(this.#syncText.bind(this)),
      })
    } finally {
      // Its dense set (if any) goes back to the pool for the next query.
      evaluation.release()
    }
    const keys = new Map<string, number>()
    walkQuery(query, (n) => {
      const words =
        n.kind === 'term'
          ? [n.text]
          : n.kind === 'phrase'
            ? n.words
            : n.kind === 'text'
              ? [n.text]
              : []
      for (const w of words) {
        for (const k of analyzeKeys(w)) {
          if (!QUERY_STOP_KEYS.has(k)) {
            keys.set(k, 1)
          }
        }
      }
    })
    return {
      ranked: { docs: selection.docs, scores: selection.scores },
      total: selection.total,
      exact: selection.exact,
      keys,
    }
  }

  async #fuse(
    ranked: Ranked,
    dense: NonNullable<SearchOptions['dense']>,
    meta: DocMeta,
  ): Promise<Ranked> {
    const byId = new Map<string, number>()
    for (const d of ranked.docs) {
      byId.set(meta.id(d)!, d)
    }
    const docOf = this.#db.prepare('SELECT doc FROM publications WHERE id = ?')
    for (const id of dense.extraCandidates ?? []) {
      const d = (docOf.get(id) as { doc: number } | undefined)?.doc
      if (d !== undefined && meta.has(d)) {
        byId.set(id, d)
      }
    }
    const scores = await dense.score([...byId.keys()])
    const byDoc = new Map<number, number>()
    for (const [id, s] of scores) {
      const d = byId.get(id)
      if (d !== undefined) {
        byDoc.set(d, s)
      }
    }
    return fuseDense(ranked, byDoc, dense.weight)
  }

  async #load(): Promise<Loaded> {
    if (this.#loaded) {
      return this.#loaded
    }
    const file = storeFile(this.#db)
    if (!this.#indexCurrent()) {
      const problem = storedIndexProblem(this.#db, file)
      const usable =
        this.#options.allowStale === true &&
        readStamp(this.#db)?.format === INDEX_FORMAT &&
        problem === undefined
      if (!usable) {
        if (this.#options.autoRefresh === false) {
          // Open it anyway for the precise error (missing, or which file is damaged how).
          openStoredIndex(this.#db, file).close()
          throw createError(
            'SEARCH_INDEX_MISSING',
            'run chuhai search --refresh (or SearchBackend.refresh) after ingest',
          )
        }
        await this.#build()
      }
    }
    const opened = openStoredIndex(this.#db, file)
    const reader = new PackedPostingsReader(opened.index)
    const meta = docMetaView(this.#docMeta())
    this.#loaded = {
      opened,
      reader,
      ranker: new WeightedRanker(reader),
      meta,
      params: opened.params,
      keywords: new SqliteKeywordResolver(this.#db, meta),
      forward: loadForwardSource(this.#db, readStamp(this.#db)),
    }
    return this.#loaded
  }

  /** The stored columns when current; else read from the tables (and stored when writable). */
  #docMeta(): PackedDocMeta {
    const stamp = docMetaStamp(this.#db)
    const saved = loadDocMeta(this.#db, stamp)
    if (saved) {
      return saved
    }
    return this.#db.readonly || this.#options.autoRefresh === false
      ? computeDocMeta(this.#db)
      : this.#buildMeta()
  }

  #buildMeta(): PackedDocMeta {
    const stamp = docMetaStamp(this.#db)
    const meta = computeDocMeta(this.#db)
    saveDocMeta(this.#db, meta, stamp)
    return meta
  }

  #stamp(): IndexStamp {
    const row = this.#db
      .prepare('SELECT count(*) AS n, coalesce(max(doc), 0) AS m FROM publications')
      .get() as { n: number; m: number }
    return {
      documents: row.n,
      maxDoc: row.m,
      format: INDEX_FORMAT,
      params: JSON.stringify(this.#options.params ?? DEFAULT_RANK_PARAMS),
    }
  }

  async #build(): Promise<void> {
    this.#release()
    const params = this.#options.params ?? DEFAULT_RANK_PARAMS
    const file = storeFile(this.#db)
    if (this.#stampMatches(readStamp(this.#db), LEGACY_INDEX_FORMAT)) {
      // An index of the blob format that still covers the store: the same postings, moved.
      const legacy = loadLegacyIndex(this.#db)
      if (legacy) {
        saveIndex(this.#db, legacy, this.#stamp(), file)
        return
      }
    }
    const threads =
      this.#options.buildThreads ??
      (file !== undefined && this.#stamp().documents >= SHARDED_BUILD_FROM ? 2 : 1)
    if (threads > 1 && file !== undefined && canBuildInShards()) {
      const stamp = this.#stamp()
      const data = await buildIndexInShards(this.#db, file, params, threads)
      saveIndex(this.#db, data, stamp, file)
      this.#buildForward(ForwardVocabulary.fromIndex(data))
      return
    }
    const builder = new IndexBuilder(params)
    const rows = this.#db
      .prepare('SELECT doc, title, abstract, claims, description FROM fts_source ORDER BY doc')
      .iterate() as IterableIterator<{ doc: number } & Record<string, string | null>>
    for (const r of rows) {
      builder.add(
        {
          title: r.title ?? '',
          abstract: r.abstract ?? '',
          claims: r.claims ?? '',
          description: r.description ?? '',
        },
        r.doc,
      )
    }
    const data = builder.build()
    saveIndex(this.#db, data, this.#stamp(), file)
    this.#buildForward(ForwardVocabulary.fromIndex(data))
  }

  /** Stores the forward index of every document against `vocabulary` (ADR 0020). */
  #buildForward(vocabulary: ForwardVocabulary): void {
    // Read in batches: the connection cannot write while a statement iterates.
    const batch = this.#db.prepare(
      'SELECT doc, title, abstract, claims, description FROM fts_source WHERE doc > ? ORDER BY doc LIMIT 2000',
    )
    const db = this.#db
    writeForwardIndex(
      db,
      vocabulary,
      readStamp(db)!,
      (function* () {
        for (let after = -1; ;) {
          const rows = batch.all(after) as ({ doc: number } & Record<string, string | null>)[]
          if (rows.length === 0) {
            return
          }
          for (const r of rows) {
            yield [
              r.doc,
              {
                title: r.title ?? '',
                abstract: r.abstract ?? '',
                claims: r.claims ?? '',
                description: r.description ?? '',
              },
            ] as const
          }
          after = rows.at(-1)!.doc
        }
      })(),
    )
  }

  #syncText(doc: number): IndexDocument | undefined {
    const r = this.#db
      .prepare('SELECT title, abstract, claims, description FROM fts_source WHERE doc = ?')
      .get(doc) as Record<string, string | null> | undefined
    return r
      ? {
          title: r.title ?? '',
          abstract: r.abstract ?? '',
          claims: r.claims ?? '',
          description: r.description ?? '',
        }
      : undefined
  }

  #source(): DocumentSource {
    return { documents: (docs) => Promise.resolve(docs.map((d) => this.#syncText(d))) }
  }
}

/** A query that is natural language (optionally with keyword/date filters), or undefined for Boolean. */
function splitNatural(query: QueryNode): { text: string; filters: QueryNode[] } | undefined {
  if (query.kind === 'text') {
    return { text: query.text, filters: [] }
  }
  if (query.kind === 'and') {
    const texts = query.children.filter((c) => c.kind === 'text')
    const rest = query.children.filter((c) => c.kind !== 'text')
    if (texts.length === 1 && rest.every((c) => c.kind === 'keyword' || c.kind === 'date')) {
      return { text: (texts[0] as { text: string }).text, filters: rest }
    }
  }
  return undefined
}

function conceptKeys(query: WeightedQuery): Map<string, number> {
  const keys = new Map<string, number>()
  for (const c of query.concepts) {
    for (const f of c.forms) {
      for (const k of analyzeKeys(f.text)) {
        if (!QUERY_STOP_KEYS.has(k)) {
          keys.set(k, Math.max(keys.get(k) ?? 0, c.weight * f.weight))
        }
      }
    }
  }
  return keys
}
