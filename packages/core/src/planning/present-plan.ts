import type { CostLine } from './money.js'
import type { Plan } from './plan-model.js'
import type { CountryCost, CountryScore, RoutePlan, TimelineEvent } from './plan.types.js'

const money = (n: number): number => Math.round(n * 100) / 100

function line(l: CostLine): object {
  return {
    office: l.office,
    category: l.category,
    label: l.label,
    date: l.date,
    amount: money(l.amount),
    original: {
      value: money(l.original.value),
      currency: l.original.currency,
      as_of: l.original.asOf,
    },
    status: l.status,
    source: l.source,
    estimated: l.estimated,
  }
}

function country(c: CountryCost): object {
  return {
    office: c.office,
    ep_mode: c.epMode ?? null,
    entry: c.entry,
    grant_estimate: c.grant,
    expiry: c.expiry,
    total: money(c.total),
    status: c.status,
    covered: c.covered ?? null,
    lines: c.lines.map(line),
  }
}

function event(e: TimelineEvent): object {
  return {
    date: e.date,
    office: e.office,
    event: e.event,
    kind: e.kind,
    amount: money(e.amount),
    status: e.status,
    date_status: e.dateStatus,
    basis: e.basis,
    estimated: e.estimated,
  }
}

function route(r: RoutePlan): object {
  return {
    route: r.route,
    totals: { classic: money(r.totals.classic), unitary: money(r.totals.unitary) },
    status: r.status,
    shared: r.shared.map(line),
    countries: r.countries.map(country),
    timeline: r.timeline.map(event),
  }
}

function score(s: CountryScore): object {
  return {
    office: s.office,
    rank: s.rank,
    total: Math.round(s.total * 1000) / 1000,
    recommendation: s.recommendation,
    status: s.status,
    factors: s.factors.map((f) => ({
      factor: f.factor,
      value: f.value === undefined ? null : money(f.value),
      unit: f.unit,
      score: Math.round(f.score * 1000) / 1000,
      status: f.status,
      source: f.source,
      year: f.year ?? null,
      origin: f.origin,
    })),
  }
}

/** The `chuhai plan --json` document (house style R8: allow-listed, snake_case). */
export function presentPlan(plan: Plan): object {
  const inv = plan.invention
  return {
    invention: {
      title: inv.title,
      priority_date: inv.priorityDate,
      priority_office: plan.priorityOffice,
      language: inv.language,
      words: inv.words,
      claims: inv.claims,
      claim_words: inv.claimWords,
      pages: inv.pages,
      technology: inv.technology ?? null,
      competitors: inv.competitors ?? [],
    },
    markets: plan.markets,
    ep_states: plan.epStates,
    currency: plan.currency,
    rates: { as_of: plan.rates.asOf, status: plan.rates.status, source: plan.rates.source },
    weights: plan.weights,
    status: plan.status,
    unverified: plan.unverified,
    warnings: plan.warnings,
    rules_version: plan.rulesVersion,
    today: plan.today,
    cheapest: {
      route: plan.cheapest.route,
      ep_mode: plan.cheapest.epMode,
      total: money(plan.cheapest.total),
    },
    scores: plan.scores.map(score),
    routes: plan.routes.map(route),
  }
}
