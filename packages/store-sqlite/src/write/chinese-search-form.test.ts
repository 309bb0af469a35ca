import { describe, expect, it } from 'vitest'
import type { PatentRecord } from '@chuhai/core/ingest'
import { buildPatentRecord } from '@chuhai/core/testing'
import { createSqliteStore } from '../sqlite-patent-store.js'
import { chineseSearchForm, loadChineseSearchForm } from './chinese-search-form.js'

const zh = (id: string, title: string, abstract: string, lang = 'zh'): PatentRecord =>
  buildPatentRecord({
    id,
    titles: [{ lang, text: title }],
    abstracts: [{ lang, text: abstract }],
    descriptions: [],
    claims: [
      { lang, claims: [{ number: 1, text: `1.${title}`, dependsOn: [], independent: true }] },
    ],
  })

describe('Chinese search forms', () => {
  it('converts Traditional to Simplified, and leaves Simplified, English and kana text alone', async () => {
    await loadChineseSearchForm()
    expect(chineseSearchForm('zh', '機器人關節的力矩感測器')).toBe('机器人关节的力矩感测器')
    expect(chineseSearchForm('zh-hant', '超音波探頭')).toBe('超音波探头')
    expect(chineseSearchForm('zh', '机器人关节')).toBeNull()
    expect(chineseSearchForm('en', '機器人')).toBeNull()
    expect(chineseSearchForm('zh', '超音波モータを提供する')).toBeNull()
  })

  it('stores text as written and indexes the Simplified form, so both scripts match', async () => {
    const store = createSqliteStore({ path: ':memory:' })
    await store.upsert([
      zh('TW-202112345-A', '機器人關節', '一種機器人關節，包括馬達與力矩感測器'),
      zh('CN-112476429-A', '机器人关节', '一种机器人关节，包括电机和力矩传感器'),
      zh('JP-2021012345-A', '超音波モータ', '超音波モータを提供する'),
    ])
    const tw = await store.get('TW-202112345-A')
    expect(tw?.titles).toEqual([{ lang: 'zh', text: '機器人關節' }])
    expect(tw?.claims[0]?.claims[0]?.text).toBe('1.機器人關節')
    // A Traditional query is brought to the same form by the caller, as the index is.
    const query = chineseSearchForm('zh', '機器人關節') ?? '機器人關節'
    expect((await store.matchIds(`title:"${query}"`)).sort()).toEqual([
      'CN-112476429-A',
      'TW-202112345-A',
    ])
    // unicode61 does not segment CJK (a later migration does): a run between punctuation is a token.
    expect(await store.matchIds('"包括马达与力矩感测器"')).toEqual(['TW-202112345-A'])
    expect(await store.matchIds('"超音波モータ"')).toEqual(['JP-2021012345-A'])
    // Replacing and removing keep the external-content index consistent with the view.
    await store.upsert([zh('TW-202112345-A', '機器人手臂', '一種機器人手臂')])
    expect(await store.matchIds('"机器人手臂"')).toEqual(['TW-202112345-A'])
    await store.remove(['CN-112476429-A'])
    await expect(store.checkIntegrity()).resolves.toBeUndefined()
    await store.close()
  })
})
