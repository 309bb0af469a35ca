import type { PatentRecord } from '@chuhai/core'
import type { PatentSearchPage } from '@chuhai/core/workspace'
import type { PatentDetail, SearchPage } from '@chuhai/api-client'
import type { RelatedPublication } from '@chuhai/store-sqlite'

const pick = (texts: readonly { lang: string; text: string }[]): string =>
  (texts.find((t) => t.lang === 'en') ?? texts[0])?.text ?? ''

/** Country rows of the family: granted when any member of that country is a grant. */
function byCountry(
  self: PatentRecord,
  family: readonly RelatedPublication[],
): PatentDetail['familyByCountry'] {
  const rows = new Map<string, { granted: boolean; known: boolean; members: string[] }>()
  const add = (country: string, id: string, stage: string): void => {
    const row = rows.get(country) ?? { granted: false, known: false, members: [] }
    row.members.push(id)
    row.granted ||= stage === 'grant'
    row.known ||= stage === 'grant' || stage === 'application'
    rows.set(country, row)
  }
  add(self.publication.country, self.id, self.stage)
  family.forEach((f) => add(f.country, f.id, f.stage))
  return [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([country, r]) => ({
      country,
      status: r.granted ? 'granted' : r.known ? 'pending' : 'unknown',
      members: r.members,
    }))
}

/**
 * The patent page (allow-list, house style R8): bibliographic fields, the first claim set as a
 * tree (`dependsOn`), the English or first description, family by country, backward citations
 * (marked when the cited document is in the store) and forward citations.
 */
export function presentPatent(
  r: PatentRecord,
  family: readonly RelatedPublication[],
  citedBy: readonly RelatedPublication[],
  inStore: ReadonlySet<string>,
): PatentDetail {
  const set = r.claims.find((s) => s.lang === 'en') ?? r.claims[0]
  const names = (list: readonly { name: string }[]): string[] => list.map((x) => x.name)
  return {
    id: r.id,
    country: r.publication.country,
    number: r.publication.number,
    kind: r.publication.kind ?? null,
    pubDate: r.publication.date ?? null,
    application: r.application
      ? { number: r.application.number, date: r.application.date ?? null }
      : null,
    documentType: r.documentType,
    stage: r.stage,
    grantDate: r.grantDate ?? null,
    title: pick(r.titles),
    abstract: pick(r.abstracts),
    titles: r.titles.map((t) => ({ lang: t.lang, text: t.text })),
    applicants: names(r.parties.applicants),
    assignees: names(r.parties.assignees),
    inventors: names(r.parties.inventors),
    classifications: r.classifications.map((c) => ({ scheme: c.scheme, symbol: c.symbol })),
    priorityClaims: r.priorityClaims.map((c) => ({
      country: c.country,
      number: c.number,
      date: c.date ?? null,
    })),
    claims: (set?.claims ?? []).map((c) => ({
      number: c.number,
      text: c.text,
      independent: c.independent,
      dependsOn: c.dependsOn,
      cancelled: c.cancelled ?? false,
    })),
    claimsLang: set?.lang ?? null,
    description: pick(r.descriptions),
    family: [...family],
    familyByCountry: byCountry(r, family),
    citations: r.citations.map((c) => ({
      id: c.documentRef ?? null,
      text:
        c.npl ??
        (c.document
          ? `${c.document.country} ${c.document.number}${c.document.kind ? ` ${c.document.kind}` : ''}${c.citedName ? ` (${c.citedName})` : ''}`
          : (c.documentRef ?? '')),
      category: c.category,
      inStore: c.documentRef !== undefined && inStore.has(c.documentRef),
    })),
    citedBy: [...citedBy],
    source: { format: r.source.format, file: r.source.file ?? null },
  }
}

/** A search page (allow-list: every field named, arrays copied). */
export function presentSearchPage(p: PatentSearchPage): SearchPage {
  const facet = (list: PatentSearchPage['facets']['country']) =>
    list.map((f) => ({ value: f.value, count: f.count }))
  return {
    total: p.total,
    totalIsExact: p.totalIsExact,
    hits: p.hits.map((h) => ({
      id: h.id,
      familyId: h.familyId,
      title: h.title,
      pubDate: h.pubDate,
      priorityDate: h.priorityDate,
      country: h.country,
      kind: h.kind,
      applicants: [...h.applicants],
      cpc: [...h.cpc],
      score: h.score,
      highlights: h.highlights.map((x) => ({
        field: x.field,
        text: x.text,
        spans: x.spans.map(([a, b]) => [a, b] as [number, number]),
      })),
    })),
    facets: {
      country: facet(p.facets.country),
      year: facet(p.facets.year),
      cpc: facet(p.facets.cpc),
      applicant: facet(p.facets.applicant),
    },
    facetSample: p.facetSample,
    mode: p.mode,
    understood: p.understood.map((u) => ({ term: u.term, weight: u.weight })),
    tookMs: p.tookMs,
    backend: p.backend,
  }
}
