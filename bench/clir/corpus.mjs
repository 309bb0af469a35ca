// Loads the two corpora of the CLIR evaluation straight from their files (NVIDIA PatentsView CSV,
// Google Patents NDJSON) as {id, title, abstract, claims, description} records with English text.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Minimal RFC 4180 CSV reader (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

function localized(list) {
  if (!Array.isArray(list) || list.length === 0) return ''
  const en = list.find((x) => x.language === 'en') ?? list[0]
  return String(en.text ?? '')
}

/** NVIDIA PatentsView grants: id `US-<patent_id>`, title and abstract. */
export function loadNvidia(shared) {
  const dir = join(shared, 'data', 'nvidia_analytics', 'data_cleaned')
  const [head, ...patents] = parseCsv(readFileSync(join(dir, 'nvidia_patent.csv'), 'utf8'))
  const [, ...abstracts] = parseCsv(readFileSync(join(dir, 'nvidia_patent_abstract.csv'), 'utf8'))
  const abs = new Map(abstracts.map((r) => [r[0], r[1] ?? '']))
  const idCol = head.indexOf('patent_id')
  const titleCol = head.indexOf('patent_title')
  return patents
    .filter((r) => r[idCol])
    .map((r) => ({
      id: `US-${r[idCol]}`,
      title: r[titleCol] ?? '',
      abstract: abs.get(r[idCol]) ?? '',
      claims: '',
      description: '',
    }))
}

/** The ultrasound set (Google Patents Public Data shape), English text where there is some. */
export function loadUltrasound(shared) {
  const file = join(shared, 'data', 'google-patents-ultrasound', 'publications-nocite.jsonl')
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const d = JSON.parse(l)
      return {
        id: d.publication_number,
        title: localized(d.title_localized).replace(/^\[[^\]]*\]\([^)]*\)\s*-\s*/, ''),
        abstract: localized(d.abstract_localized),
        claims: localized(d.claims_localized),
        description: localized(d.description_localized),
      }
    })
}
