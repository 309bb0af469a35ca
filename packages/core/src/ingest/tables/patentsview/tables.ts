/**
 * The PatentsView granted-patent tables Chuhai joins into records. Each is recognised by its
 * columns, not its file name: PatentsView ships `g_patent.tsv.zip`, re-exports rename files
 * (`nvidia_patent.csv`) but keep the columns.
 * @see https://patentsview.org/download/data-download-dictionary
 */
export type PatentsViewTableId =
  'patent' | 'abstract' | 'application' | 'cpc' | 'inventor' | 'assignee' | 'citation' | 'claims'

/** A recognised table: which one, its PatentsView name and its columns in file order. */
export interface PatentsViewTable {
  readonly id: PatentsViewTableId
  /** The PatentsView table name (`g_patent`). */
  readonly name: string
  readonly columns: readonly string[]
}

interface TableRule {
  readonly id: PatentsViewTableId
  readonly name: string
  /** Every column listed must be present. */
  readonly all: readonly string[]
  /** At least one of these must be present (when given). */
  readonly any?: readonly string[]
}

// Order matters: g_patent of 2023 still carried `patent_abstract`, so it is tested first.
const RULES: readonly TableRule[] = [
  { id: 'patent', name: 'g_patent', all: ['patent_id', 'patent_date', 'patent_title'] },
  { id: 'abstract', name: 'g_patent_abstract', all: ['patent_id', 'patent_abstract'] },
  { id: 'application', name: 'g_application', all: ['patent_id', 'filing_date'] },
  { id: 'cpc', name: 'g_cpc_current', all: ['patent_id', 'cpc_group'] },
  {
    id: 'inventor',
    name: 'g_inventor_disambiguated',
    all: ['patent_id', 'inventor_sequence'],
    any: ['disambig_inventor_name_last', 'raw_inventor_name_last'],
  },
  {
    id: 'assignee',
    name: 'g_assignee_disambiguated',
    all: ['patent_id', 'assignee_sequence'],
    any: ['disambig_assignee_organization', 'raw_assignee_organization'],
  },
  { id: 'citation', name: 'g_us_patent_citation', all: ['patent_id', 'citation_patent_id'] },
  { id: 'claims', name: 'g_claims', all: ['patent_id', 'claim_text'] },
]

/** The PatentsView table a header belongs to, or `undefined` for any other table. */
export function detectPatentsViewTable(columns: readonly string[]): PatentsViewTable | undefined {
  const has = new Set(columns)
  const rule = RULES.find(
    (r) => r.all.every((c) => has.has(c)) && (!r.any || r.any.some((c) => has.has(c))),
  )
  return rule ? { id: rule.id, name: rule.name, columns } : undefined
}
