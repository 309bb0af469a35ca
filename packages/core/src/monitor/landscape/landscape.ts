/** A dimension a landscape is broken down by. */
export const LANDSCAPE_DIMENSIONS = ['year', 'country', 'cpc', 'applicant'] as const
export type LandscapeDimension = (typeof LANDSCAPE_DIMENSIONS)[number]

/** One bucket of a breakdown. */
export interface Bucket {
  readonly key: string
  /** Display label (the applicant's name for an entity id); defaults to the key. */
  readonly label: string
  readonly count: number
}

/** Counts of a second dimension per year (filings over time by country, CPC or applicant). */
export interface YearSeries {
  readonly dimension: Exclude<LandscapeDimension, 'year'>
  readonly years: readonly string[]
  /** One line per key (the top keys of that dimension), counts aligned with `years`. */
  readonly series: readonly {
    readonly key: string
    readonly label: string
    readonly counts: readonly number[]
  }[]
}

/** A CPC × country matrix of publication counts. */
export interface HeatMap {
  readonly rows: readonly string[]
  readonly columns: readonly string[]
  /** `cells[r][c]` is the count of `rows[r]` × `columns[c]`. */
  readonly cells: readonly (readonly number[])[]
}

/** A publication of the set with its forward citations inside the store. */
export interface CitationLeader {
  readonly id: string
  readonly title: string
  readonly applicant: string
  readonly citedBy: number
}

/** A CPC × country cell where the others file and we do not. */
export interface WhiteSpaceCell {
  readonly cpc: string
  readonly country: string
  /** Publications of the landscape set in the cell. */
  readonly theirs: number
  /** Ours: always 0 in a white-space cell. */
  readonly ours: number
}

/** A patent landscape: what `chuhai landscape --json` prints and the report renders. */
export interface Landscape {
  /** What the set is: the filter as given. */
  readonly filter: Readonly<Record<string, string | readonly string[] | undefined>>
  /** Which year: `filing` (application date, publication date where unknown). */
  readonly yearBasis: 'filing'
  readonly total: number
  /** Breakdowns asked for with `--by`, in that order. */
  readonly breakdowns: readonly {
    readonly dimension: LandscapeDimension
    readonly buckets: readonly Bucket[]
  }[]
  readonly overTime: readonly YearSeries[]
  readonly topApplicants: readonly Bucket[]
  readonly heatMap: HeatMap
  readonly citationLeaders: readonly CitationLeader[]
  /** Present when an own applicant (`--ours`) was given. */
  readonly whiteSpace?: { readonly ours: string; readonly cells: readonly WhiteSpaceCell[] }
}

/**
 * White space: CPC × country cells where the landscape set files (`theirs`) and our own
 * portfolio has nothing, largest first. Both maps are keyed `cpc|country`.
 */
export function whiteSpace(
  theirs: ReadonlyMap<string, number>,
  ours: ReadonlyMap<string, number>,
  limit = 50,
): WhiteSpaceCell[] {
  const cells: WhiteSpaceCell[] = []
  for (const [key, count] of theirs) {
    if (count > 0 && (ours.get(key) ?? 0) === 0) {
      const [cpc = '', country = ''] = key.split('|')
      cells.push({ cpc, country, theirs: count, ours: 0 })
    }
  }
  return cells
    .sort(
      (a, b) =>
        b.theirs - a.theirs || a.cpc.localeCompare(b.cpc) || a.country.localeCompare(b.country),
    )
    .slice(0, limit)
}

/** Parses `--by year,country,cpc,applicant`; throws on an unknown dimension (message names it). */
export function parseDimensions(value: string): LandscapeDimension[] {
  const dims = value
    .split(',')
    .map((d) => d.trim().toLowerCase())
    .filter((d) => d !== '')
  for (const d of dims) {
    if (!(LANDSCAPE_DIMENSIONS as readonly string[]).includes(d)) {
      throw new RangeError(
        `unknown dimension ${JSON.stringify(d)}; use ${LANDSCAPE_DIMENSIONS.join(', ')}`,
      )
    }
  }
  return [...new Set(dims)] as LandscapeDimension[]
}
