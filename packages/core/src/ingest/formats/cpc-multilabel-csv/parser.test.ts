import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeRowGoldenCases, readTableFile } from '../../../testing/row-golden.js'
import { hasShared, NO_SHARED, sharedPath } from '../../../testing/shared-data.js'
import { detectRowParser } from '../../registry.js'
import { parseRow } from '../../tables/row-parser.js'
import { ColumnIndex, type TableRow } from '../../tables/table-row.js'
import { cpcMultilabelCsv } from './parser.js'

const GOLDEN = join(import.meta.dirname, 'golden')
const DATA = 'data/chinese-patent-cpc/data'

/** A real row of each text layout: labelled lines and `[SEP]`-joined parts. */
describeRowGoldenCases(cpcMultilabelCsv, GOLDEN, [
  {
    name: 'labelled-CN116842782A',
    source: `${DATA}/sample_test.csv`,
    key: ['publication_number', 'CN116842782A'],
  },
  {
    name: 'sep-CN118866379A',
    source: `${DATA}/sample_test.csv`,
    key: ['publication_number', 'CN118866379A'],
  },
])

const COLUMNS = ['publication_number', 'text', 'labels', 'n_labels']
const cols = new ColumnIndex(COLUMNS)
const row = (values: string[], line = 2): TableRow => ({ file: 't.csv', line, values })

describe('cpcMultilabelCsv', () => {
  it('is found by its header, and not for PatentsView-like or other tables', () => {
    expect(detectRowParser(COLUMNS)).toBe(cpcMultilabelCsv)
    expect(detectRowParser(['patent_id', 'patent_abstract'])).toBeUndefined()
    expect(detectRowParser(['publication_number', 'title'])).toBeUndefined()
  })

  it('keeps Traditional Chinese as written, tagged zh (the store adds the Simplified form)', () => {
    const out = parseRow(
      cpcMultilabelCsv,
      row([
        'TW201234567A',
        '機器人手臂 [SEP] robot arm [SEP] 一種機器人手臂。',
        '["B25J9/16"]',
        '1',
      ]),
      cols,
    )
    expect(out.status).toBe('ok')
    const record = out.status === 'ok' ? out.record : undefined
    expect(record?.titles).toEqual([{ lang: 'zh', text: '機器人手臂' }])
    expect(record?.abstracts).toEqual([{ lang: 'zh', text: '一種機器人手臂。' }])
    expect(record?.classifications).toEqual([{ scheme: 'cpc', symbol: 'B25J 9/16' }])
  })

  it('fails a row with a bad number or unreadable text, naming file, line and field', () => {
    const bad = parseRow(cpcMultilabelCsv, row(['CN-x', 'Title: a', '[]', '0'], 7), cols)
    expect(bad).toMatchObject({
      status: 'failed',
      issues: [{ file: 't.csv', line: 7, field: 'publication_number' }],
    })
    const text = parseRow(cpcMultilabelCsv, row(['CN1A', 'just prose', '[]', '0'], 8), cols)
    expect(text).toMatchObject({ status: 'failed', id: 'CN-1-A', issues: [{ field: 'text' }] })
  })

  it('keeps a row whose labels disagree with n_labels, with a warning', () => {
    const out = parseRow(
      cpcMultilabelCsv,
      row(['CN1A', '标题 [SEP] k [SEP] 摘要', '["G06F18/24", "nonsense"]', '3']),
      cols,
    )
    expect(out.status).toBe('ok')
    expect(out.status === 'ok' ? out.warnings.map((w) => w.field) : []).toEqual([
      'labels',
      'n_labels',
    ])
  })
})

describe.skipIf(!hasShared(DATA))(`every row of the shared samples ${NO_SHARED}`, () => {
  it('parses the 57 publications (19 per file), the all-empty padding rows left out', () => {
    const ids: string[] = []
    for (const file of ['sample_train.csv', 'sample_val.csv', 'sample_test.csv']) {
      const { columns, rows } = readTableFile(sharedPath(`${DATA}/${file}`))
      const index = new ColumnIndex(columns)
      expect(rows).toHaveLength(19)
      for (const r of rows) {
        const out = parseRow(cpcMultilabelCsv, r, index)
        expect(out.status === 'failed' ? out.issues : []).toEqual([])
        if (out.status === 'ok') {
          expect(out.record.titles[0]?.lang).toBe('zh')
          expect(out.record.abstracts[0]?.text.length).toBeGreaterThan(20)
          expect(out.record.classifications.length).toBe(Number(index.get(r, 'n_labels')))
          expect(out.warnings).toEqual([])
          ids.push(out.record.id)
        }
      }
    }
    expect(new Set(ids).size).toBe(57)
  })
})
