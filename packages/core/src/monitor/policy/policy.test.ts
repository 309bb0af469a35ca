import { describe, expect, it } from 'vitest'
import { classifyPolicyItem } from './classify.js'
import { defaultPolicySources } from './default-sources.js'
import { htmlToText } from './html-text.js'
import { diffText } from './text-diff.js'

describe('policy tracker (pure parts)', () => {
  it('ships valid sources for every office and court of the issue', () => {
    const j = new Set(defaultPolicySources().sources.map((s) => s.jurisdiction))
    expect([...j].sort()).toEqual(['CN', 'EP', 'GB', 'JP', 'KR', 'UPC', 'US', 'WO'])
  })

  it('classifies Chinese text and explains the jurisdiction it moved to', () => {
    const c = classifyPolicyItem(
      { title: '国家知识产权局发布人工智能相关发明专利申请指引', summary: '涉及算法的审查标准' },
      { id: 'wipo', jurisdiction: 'WO', topics: [] },
    )
    expect(c.jurisdiction).toBe('CN')
    expect(c.topics).toEqual(['ai_software', 'procedure'])
    expect(c.reasons).toContainEqual({
      rule: 'names-cnipa',
      assigns: 'CN',
      matched: ['国家知识产权局'],
    })
  })

  it('reduces HTML to stable text and diffs lines', () => {
    const text = htmlToText(
      '<html><head><title>x</title></head><body><script>a()</script><p>Fee &amp; <b>cost</b></p><table><tr><td>A</td><td>1</td></tr></table></body></html>',
    )
    expect(text).toBe('Fee & cost\nA | 1')
    const d = diffText('a\nb\nc\nd', 'a\nB\nc\nd\ne')
    expect(d).toMatchObject({ added: 2, removed: 1 })
    expect(d.text.split('\n')).toEqual(['  a', '- b', '+ B', '  c', '  d', '+ e'])
  })
})
