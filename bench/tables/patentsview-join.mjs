// PatentsView table-join benchmark (ADR 0008): synthetic g_patent, g_patent_abstract,
// g_cpc_current, g_inventor_disambiguated and g_assignee_disambiguated TSVs for N patents (rows
// shuffled, as PatentsView does not sort them), ingested into a fresh SQLite database twice: with
// the in-memory join and with a memory budget small enough to force the spill to disk.
// Usage: node bench/tables/patentsview-join.mjs [PATENTS=20000] [memory|spilled|both=both]
// Run one mode per process to read its memory: RSS growth of the second mode of one process is
// confounded by the first mode's heap.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ingest } from '@chuhai/ingest'
import { createSqliteStore } from '@chuhai/store-sqlite'

const n = Number(process.argv[2] ?? 20000)
const mode = process.argv[3] ?? 'both'
const dir = mkdtempSync(join(tmpdir(), 'chuhai-pv-bench-'))
const q = (v) => `"${String(v).replace(/"/g, '""')}"`
const tsv = (cols, rows) => [cols, ...rows].map((r) => r.map(q).join('\t')).join('\n') + '\n'
// Deterministic shuffle (LCG) so that every run reads the same files.
let seed = 42
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
const shuffle = (rows) => {
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[rows[i], rows[j]] = [rows[j], rows[i]]
  }
  return rows
}
const ids = Array.from({ length: n }, (_, i) => String(10_000_000 + i))
const words =
  'robot joint torque sensor actuator gripper lidar camera controller neural network battery'.split(
    ' ',
  )
const text = (k) =>
  Array.from({ length: k }, () => words[Math.floor(rand() * words.length)]).join(' ')
const files = {
  'g_patent.tsv': tsv(
    [
      'patent_id',
      'patent_type',
      'patent_date',
      'patent_title',
      'wipo_kind',
      'num_claims',
      'withdrawn',
      'filename',
    ],
    shuffle(
      ids.map((id) => [id, 'utility', '2021-05-11', text(8), 'B2', '20', '0', 'ipg210511.xml']),
    ),
  ),
  'g_patent_abstract.tsv': tsv(
    ['patent_id', 'patent_abstract'],
    shuffle(ids.map((id) => [id, text(120)])),
  ),
  'g_cpc_current.tsv': tsv(
    [
      'patent_id',
      'cpc_sequence',
      'cpc_section',
      'cpc_class',
      'cpc_subclass',
      'cpc_group',
      'cpc_type',
    ],
    shuffle(
      ids.flatMap((id) =>
        [0, 1, 2, 3, 4].map((s) => [
          id,
          s,
          'B',
          'B25',
          'B25J',
          `B25J9/16${s}`,
          s ? 'additional' : 'inventional',
        ]),
      ),
    ),
  ),
  'g_inventor_disambiguated.tsv': tsv(
    [
      'patent_id',
      'inventor_sequence',
      'inventor_id',
      'disambig_inventor_name_first',
      'disambig_inventor_name_last',
      'gender_code',
      'location_id',
    ],
    shuffle(
      ids.flatMap((id) => [0, 1, 2].map((s) => [id, s, `inv-${s}`, 'Li', `Wang${s}`, 'U', 'loc'])),
    ),
  ),
  'g_assignee_disambiguated.tsv': tsv(
    [
      'patent_id',
      'assignee_sequence',
      'assignee_id',
      'disambig_assignee_individual_name_first',
      'disambig_assignee_individual_name_last',
      'disambig_assignee_organization',
      'assignee_type',
      'location_id',
    ],
    shuffle(ids.map((id) => [id, 0, 'a-1', '', '', 'Example Robotics Co., Ltd.', '3', 'loc'])),
  ),
}
const tables = join(dir, 'tables')
mkdirSync(tables)
let bytes = 0
for (const [name, body] of Object.entries(files)) {
  writeFileSync(join(tables, name), body)
  bytes += statSync(join(tables, name)).size
}
const results = []
const modes = [
  ['in memory', undefined],
  ['spilled', 4 * 1024 * 1024],
].filter(([label]) => mode === 'both' || label.includes(mode))
for (const [label, tableMemoryBytes] of modes) {
  const db = join(dir, `${label.replace(' ', '-')}.db`)
  const store = createSqliteStore({ path: db })
  const before = process.memoryUsage().rss
  const started = performance.now()
  const summary = await ingest([tables], { store, workers: 0, tableMemoryBytes })
  const seconds = (performance.now() - started) / 1000
  await store.close()
  results.push({
    join: label,
    patents: summary.inserted,
    failed: summary.failed,
    seconds: Number(seconds.toFixed(2)),
    patentsPerSecond: Math.round(summary.inserted / seconds),
    mbPerSecond: Number((bytes / 1e6 / seconds).toFixed(1)),
    rssGrowthMb: Math.round((process.memoryUsage().rss - before) / 1e6),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  })
}
console.log(
  JSON.stringify({ patents: n, tableMb: Number((bytes / 1e6).toFixed(1)), results }, null, 2),
)
rmSync(dir, { recursive: true, force: true })
