/**
 * The backend-neutral query AST (house style R4). A user's query is parsed once, in core, into
 * these frozen nodes; each search backend compiles them to its own syntax (FTS5 `MATCH`, its
 * own postings, `to_tsquery`). Nodes are plain, immutable data with a `kind` discriminant, built
 * only through the factories in `Q`, as kysely's `OperationNode`s are.
 */

/** Fields whose value is prose, matched word by word after analysis (stemming, folding). */
export const TEXT_FIELDS = ['ti', 'ab', 'cl', 'de'] as const
export type TextField = (typeof TEXT_FIELDS)[number]

/**
 * Fields whose value is an identifier or a name: `cpc`/`ipc` match by symbol prefix
 * (`cpc:G06N` matches `G06N3/08`), `pa` (applicant/assignee) and `in` (inventor) by words of the
 * name, `pn` by publication number in any common spelling, `cc` by country code.
 */
export const KEYWORD_FIELDS = ['cpc', 'ipc', 'pa', 'in', 'pn', 'cc'] as const
export type KeywordField = (typeof KEYWORD_FIELDS)[number]

/** Date fields: `pd` publication date, `prd` earliest priority date. */
export const DATE_FIELDS = ['pd', 'prd'] as const
export type DateField = (typeof DATE_FIELDS)[number]

/** Every field prefix the query language knows. */
export type QueryField = TextField | KeywordField | DateField
export const QUERY_FIELDS: readonly QueryField[] = [
  ...TEXT_FIELDS,
  ...KEYWORD_FIELDS,
  ...DATE_FIELDS,
]

/** A word, optionally truncated (`comput*` → `prefix: true`, text `comput`). */
export interface TermNode {
  readonly kind: 'term'
  readonly text: string
  readonly prefix: boolean
}

/** Words that must appear consecutively, in order. */
export interface PhraseNode {
  readonly kind: 'phrase'
  readonly words: readonly string[]
}

/** Every child matches. */
export interface AndNode {
  readonly kind: 'and'
  readonly children: readonly QueryNode[]
}

/** At least one child matches. */
export interface OrNode {
  readonly kind: 'or'
  readonly children: readonly QueryNode[]
}

/** The child does not match. Backends require a positive clause beside it. */
export interface NotNode {
  readonly kind: 'not'
  readonly child: QueryNode
}

/** Terms or phrases within `distance` words of each other, in any order (`a NEAR/5 b`). */
export interface NearNode {
  readonly kind: 'near'
  readonly distance: number
  readonly children: readonly (TermNode | PhraseNode)[]
}

/** A text field restricts its subtree to one field (`ti:(robot AND gait)`). */
export interface TextFieldNode {
  readonly kind: 'field'
  readonly field: TextField
  readonly child: QueryNode
}

/** A keyword field's value (`cpc:G06N3`, `pa:"Sony Corp"`, `cc:US`). */
export interface KeywordNode {
  readonly kind: 'keyword'
  readonly field: KeywordField
  readonly value: string
  /** `true` for a quoted value (matched as a phrase of the name). */
  readonly quoted: boolean
}

/** A date range, inclusive ISO `YYYY-MM-DD` bounds; an absent bound is open (`*`). */
export interface DateRangeNode {
  readonly kind: 'date'
  readonly field: DateField
  readonly from?: string
  readonly to?: string
}

/**
 * Plain natural-language text (a sentence to several pages): ranked, not matched as a Boolean
 * expression. Query understanding turns it into a `WeightedQuery`.
 */
export interface TextNode {
  readonly kind: 'text'
  readonly text: string
}

/** Any node of the query AST. */
export type QueryNode =
  | TermNode
  | PhraseNode
  | AndNode
  | OrNode
  | NotNode
  | NearNode
  | TextFieldNode
  | KeywordNode
  | DateRangeNode
  | TextNode

const freeze = <T extends object>(node: T): Readonly<T> => Object.freeze(node)

/** Frozen node factories; the only way to build nodes. */
export const Q = Object.freeze({
  term: (text: string, prefix = false): TermNode => freeze({ kind: 'term', text, prefix }),
  phrase: (words: readonly string[]): PhraseNode =>
    freeze({ kind: 'phrase', words: Object.freeze([...words]) }),
  and: (children: readonly QueryNode[]): AndNode =>
    freeze({ kind: 'and', children: Object.freeze([...children]) }),
  or: (children: readonly QueryNode[]): OrNode =>
    freeze({ kind: 'or', children: Object.freeze([...children]) }),
  not: (child: QueryNode): NotNode => freeze({ kind: 'not', child }),
  near: (distance: number, children: readonly (TermNode | PhraseNode)[]): NearNode =>
    freeze({ kind: 'near', distance, children: Object.freeze([...children]) }),
  field: (field: TextField, child: QueryNode): TextFieldNode =>
    freeze({ kind: 'field', field, child }),
  keyword: (field: KeywordField, value: string, quoted = false): KeywordNode =>
    freeze({ kind: 'keyword', field, value, quoted }),
  date: (field: DateField, from?: string, to?: string): DateRangeNode =>
    freeze({
      kind: 'date',
      field,
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
    }),
  text: (text: string): TextNode => freeze({ kind: 'text', text }),
})

/** Whether `field` is a text field. */
export function isTextField(field: string): field is TextField {
  return (TEXT_FIELDS as readonly string[]).includes(field)
}

/** Whether `field` is a keyword field. */
export function isKeywordField(field: string): field is KeywordField {
  return (KEYWORD_FIELDS as readonly string[]).includes(field)
}

/** Whether `field` is a date field. */
export function isDateField(field: string): field is DateField {
  return (DATE_FIELDS as readonly string[]).includes(field)
}

/** Calls `visit` on `node` and every descendant, parents first. */
export function walkQuery(node: QueryNode, visit: (node: QueryNode) => void): void {
  visit(node)
  switch (node.kind) {
    case 'and':
    case 'or':
    case 'near':
      for (const child of node.children) {
        walkQuery(child, visit)
      }
      return
    case 'not':
    case 'field':
      walkQuery(node.child, visit)
      return
    case 'term':
    case 'phrase':
    case 'keyword':
    case 'date':
    case 'text':
      return
  }
}
