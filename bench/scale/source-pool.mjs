// Real texts for the scale store (bench/scale/build-store.mjs): every record of ../shared that has
// English (or Chinese) title, abstract, claims or description, parsed with Chuhai's own parsers, and
// split into pools the generator recombines. Deterministic: files are read in sorted order.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { detectParser } from '../../packages/core/dist/ingest/index.js'

/** Most characters of description kept per document (a window of whole paragraphs). */
export const DESCRIPTION_CHARS = 1500
/** Most characters of claims kept per document (whole claims, claim 1 always). */
export const CLAIMS_CHARS = 2500

/**
 * Reads the sources and returns the real records (stored as they are) and the pools.
 * @param {string} shared path of ../shared
 */
export function loadSourcePool(shared) {
  const real = []
  const parse = (text, file) => {
    const parser = detectParser(text.slice(0, 4096))
    if (!parser) {
      return
    }
    const result = parser.parse(text, { file })
    for (const r of result.records ?? (result.record ? [result.record] : [])) {
      real.push(r)
    }
  }
  // The ultrasound set (Google Patents BigQuery export): US, EP, DE, WO, CN, JP … with claims.
  const ultrasound = join(shared, 'data/google-patents-ultrasound/publications.jsonl')
  for (const line of readFileSync(ultrasound, 'utf8').split('\n')) {
    if (line.trim()) {
      parse(line, ultrasound)
    }
  }
  // USPTO weekly grant files (ipg, 2005–2013) of PatentsView-DB: full texts with claim markup.
  const fixtures = join(shared, 'data/PatentsView-DB/Assignee_Lawyer_Disambiguation/test/fixtures')
  for (const dir of ['alchemy', 'ipgxml']) {
    for (const f of readdirSync(join(fixtures, dir)).sort()) {
      if (f.endsWith('.xml')) {
        const file = join(fixtures, dir, f)
        for (const part of readFileSync(file, 'utf8').split(/(?=^<\?xml )/mu)) {
          if (part.includes('<us-patent-grant')) {
            parse(part, file)
          }
        }
      }
    }
  }
  const byId = new Map()
  for (const r of real) {
    byId.set(r.id, r)
  }
  const records = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id))
  return { real: records, ...pools(records, shared) }
}

function pools(records, shared) {
  const en = (list) => list.find((t) => t.lang === 'en' && t.text.trim())
  const zh = (list) => list.find((t) => t.lang.startsWith('zh') && t.text.trim())
  const fronts = []
  const zhFronts = []
  const claimSets = []
  const zhClaimSets = []
  const descriptions = []
  const applicants = new Set()
  for (const r of records) {
    const cpc = r.classifications.filter((c) => c.scheme === 'cpc' || c.scheme === 'ipc')
    const title = en(r.titles)
    const abstract = en(r.abstracts)
    if (title && abstract) {
      fronts.push({ title: title.text, abstract: abstract.text, cpc })
    }
    const zt = zh(r.titles)
    const za = zh(r.abstracts)
    if (zt && za) {
      zhFronts.push({ title: zt.text, abstract: za.text, cpc })
    }
    for (const set of r.claims) {
      const kept = keepClaims(set.claims)
      if (kept.length > 0 && set.lang === 'en') {
        claimSets.push({ claims: kept, cpc })
      } else if (kept.length > 0 && set.lang.startsWith('zh')) {
        zhClaimSets.push({ claims: kept, cpc })
      }
    }
    const d = en(r.descriptions)
    if (d) {
      descriptions.push(paragraphs(d.text))
    }
    for (const p of [...r.parties.applicants, ...r.parties.assignees]) {
      if (p.name && p.name.length > 3) {
        applicants.add(p.name)
      }
    }
  }
  // NVIDIA grants (PatentsView tables): English titles and abstracts, CPC, assignees.
  const nv = join(shared, 'data/nvidia_analytics/data_cleaned')
  const csv = (f) => parseCsv(readFileSync(join(nv, f)), { columns: true, bom: true })
  const titles = new Map(csv('nvidia_patent.csv').map((r) => [r.patent_id, r.patent_title]))
  const cpcOf = new Map()
  for (const r of csv('nvidia_cpc.csv')) {
    const list = cpcOf.get(r.patent_id) ?? []
    list.push({ scheme: 'cpc', symbol: r.cpc_group.replace(/^([A-Z]\d\d[A-Z])/u, '$1 ') })
    cpcOf.set(r.patent_id, list)
  }
  for (const r of csv('nvidia_patent_abstract.csv')) {
    const title = titles.get(r.patent_id)
    if (title && r.patent_abstract) {
      fronts.push({ title, abstract: r.patent_abstract, cpc: cpcOf.get(r.patent_id) ?? [] })
    }
  }
  for (const r of csv('nvidia_assignee.csv')) {
    if (r.disambig_assignee_organization) {
      applicants.add(r.disambig_assignee_organization)
    }
  }
  // Chinese applications (CNIPA titles and abstracts).
  const cnDir = join(shared, 'data/chinese-patent-cpc/data')
  for (const f of readdirSync(cnDir)
    .filter((x) => x.endsWith('.csv'))
    .sort()) {
    for (const r of parseCsv(readFileSync(join(cnDir, f)), { columns: true, bom: true })) {
      const title = /Title:\s*(.+)/u.exec(r.text)?.[1]?.trim()
      const abstract = /Abstract:\s*([\s\S]+)/u.exec(r.text)?.[1]?.trim()
      if (title && abstract) {
        zhFronts.push({ title, abstract, cpc: [] })
      }
    }
  }
  return {
    fronts,
    zhFronts,
    claimSets,
    zhClaimSets,
    descriptions: descriptions.filter((p) => p.length > 0),
    applicants: [...applicants].sort(),
  }
}

/** The leading claims up to `CLAIMS_CHARS` (claim 1 always), dependencies kept inside the set. */
function keepClaims(claims) {
  const out = []
  let chars = 0
  for (const c of claims) {
    if (c.cancelled || !c.text.trim()) {
      continue
    }
    if (out.length > 0 && chars + c.text.length > CLAIMS_CHARS) {
      break
    }
    const numbers = new Set(out.map((x) => x.number))
    if (c.dependsOn.some((n) => !numbers.has(n))) {
      continue
    }
    out.push({ number: c.number, text: c.text, dependsOn: c.dependsOn, independent: c.independent })
    chars += c.text.length
  }
  return out
}

function paragraphs(text) {
  return text
    .split(/\n+/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 40)
}
