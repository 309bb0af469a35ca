import { errorMessage } from '../../../errors.js'
import { normalizeCpc, type Classification } from '../../../model/classification.js'
import type { PatentRecord } from '../../../model/patent.js'
import { formatPublicationId, parsePublicationNumber } from '../../../model/publication-number.js'
import type { LocalizedText } from '../../../model/text.js'
import type { ParseIssue, ParseResult } from '../../parser.js'
import type { RowParser } from '../../tables/row-parser.js'
import { stageOfKind } from '../office-xml-common/kind-stage.js'

/** Parser id stored as `source.format`. */
export const CPC_MULTILABEL_CSV_FORMAT = 'cpc-multilabel-csv'

const COLUMNS = ['publication_number', 'text', 'labels'] as const

// The two layouts of `text` in the published samples: labelled lines, or ` [SEP] `-joined parts.
const LABELLED = /^\s*Title:[ \t]*(.*?)\r?\nKeywords:[ \t]*(.*?)\r?\nAbstract:[ \t]*([\s\S]*)$/
const SEPARATOR = /\s*\[SEP\]\s*/

// Han ideographs (CJK Unified, Extension A, Compatibility): Chinese text, tagged `zh`.
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/

/**
 * Chinese patent classification datasets as CSV (`publication_number,text,labels,n_labels`; the
 * samples of liaoleyuan/chinese-patent-cpc-multilabel-classification): one CNIPA publication per
 * row with its Chinese title and abstract in `text` — either `Title: …\nKeywords: …\nAbstract: …`
 * or `title [SEP] keywords [SEP] abstract` — and its CPC groups as a JSON list in `labels`.
 * Texts are stored as written (the store adds the Simplified search form), tagged `zh`. The
 * `Keywords` part is English words the dataset's authors extracted, not part of the publication:
 * it is not stored. The table gives no dates, parties or claims. Rows with every field empty are
 * padding, not publications (the CSV reader drops them).
 */
export const cpcMultilabelCsv: RowParser = {
  id: CPC_MULTILABEL_CSV_FORMAT,
  office: 'CN',
  description: 'Chinese patent text with CPC group labels (publication_number,text,labels CSV)',
  detect(columns) {
    return COLUMNS.every((c) => columns.includes(c))
  },
  parseRow(row, cols) {
    const issues: ParseIssue[] = []
    const raw = cols.get(row, 'publication_number')
    const pn = parsePublicationNumber(raw)
    if (!pn?.kind) {
      return fail(
        'publication_number',
        `not a publication number with a kind code: ${JSON.stringify(raw)}`,
      )
    }
    const id = formatPublicationId(pn)
    const text = readText(cols.get(row, 'text'))
    if (!text) {
      return fail(
        'text',
        'expected "Title: … / Keywords: … / Abstract: …" lines or "title [SEP] keywords [SEP] abstract"',
        id,
      )
    }
    const { stage, documentType } = stageOfKind(pn.country, pn.kind)
    const record: PatentRecord = {
      id,
      publication: { country: pn.country, number: pn.number, kind: pn.kind },
      documentType,
      stage,
      priorityClaims: [],
      titles: localized(text.title),
      abstracts: localized(text.abstract),
      descriptions: [],
      claims: [],
      parties: { applicants: [], assignees: [], inventors: [], agents: [], examiners: [] },
      classifications: labels(cols.get(row, 'labels'), issues),
      citations: [],
      relatedDocuments: [],
      source: { format: CPC_MULTILABEL_CSV_FORMAT, file: row.file },
    }
    const stated = cols.get(row, 'n_labels')
    if (cols.has('n_labels') && stated !== '' && Number(stated) !== record.classifications.length) {
      issues.push(
        warning(
          'n_labels',
          `says ${stated} labels, the labels column gives ${record.classifications.length}`,
        ),
      )
    }
    return { record, issues, documentNumber: id }
  },
}

/** Title and abstract of `text` in either layout, or `undefined` when it has neither. */
function readText(text: string): { title: string; abstract: string } | undefined {
  const labelled = LABELLED.exec(text)
  if (labelled) {
    return { title: labelled[1]!.trim(), abstract: labelled[3]!.trim() }
  }
  const parts = text.split(SEPARATOR)
  if (parts.length === 3) {
    return { title: parts[0]!.trim(), abstract: parts[2]!.trim() }
  }
  return undefined
}

function localized(text: string): LocalizedText[] {
  return text === '' ? [] : [{ lang: HAN.test(text) ? 'zh' : 'und', text }]
}

/** The CPC groups of the `labels` column (`["G06F18/2433", "G06F40/216"]`). */
function labels(raw: string, issues: ParseIssue[]): Classification[] {
  let list: unknown
  try {
    list = JSON.parse(raw || '[]')
  } catch {
    issues.push(warning('labels', `not a JSON list: ${JSON.stringify(raw.slice(0, 80))}`))
    return []
  }
  if (!Array.isArray(list)) {
    issues.push(warning('labels', 'not a JSON list'))
    return []
  }
  const out: Classification[] = []
  for (const entry of list) {
    const symbol = typeof entry === 'string' ? normalizeCpc(entry) : undefined
    if (!symbol) {
      issues.push(warning('labels', `not a CPC symbol: ${JSON.stringify(entry)}`))
    } else if (!out.some((c) => c.symbol === symbol)) {
      out.push({ scheme: 'cpc', symbol })
    }
  }
  return out
}

function warning(field: string, detail: string): ParseIssue {
  return {
    severity: 'warning',
    code: 'PARSE_INVALID_FIELD',
    message: errorMessage('PARSE_INVALID_FIELD', field, detail),
    field,
  }
}

function fail(field: string, detail: string, id?: string): ParseResult {
  return {
    issues: [
      {
        severity: 'error',
        code: 'PARSE_INVALID_FIELD',
        message: errorMessage('PARSE_INVALID_FIELD', field, detail),
        field,
      },
    ],
    ...(id ? { documentNumber: id } : {}),
  }
}
