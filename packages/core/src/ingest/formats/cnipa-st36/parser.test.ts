import { describe, expect, it } from 'vitest'
import { describeGoldenCases, type GoldenCase } from '../../../testing/golden.js'
import { parseDocument } from '../../parse-document.js'
import { wordingClaimRefs } from '../office-xml-common/claims.js'
import { cnipaSt36 } from './parser.js'

const GOLDEN = `${import.meta.dirname}/golden`

/** Every old-format CNIPA sample (cn-patent-document), including a PCT national-phase entry. */
const CASES: readonly GoldenCase[] = [
  { name: 'A-CN104223352', source: 'data/PatentStandardization/data/examples/cn_old1.xml' },
  {
    name: 'A-priorities-CN104245143',
    source: 'data/PatentStandardization/data/examples/cn_old2.xml',
  },
  { name: 'A-CN104245682', source: 'data/PatentStandardization/data/examples/cn_old3.xml' },
  { name: 'A-CN104223590', source: 'data/PatentStandardization/data/examples/cn_old4.xml' },
  {
    name: 'A-pct-CN103492414',
    source: 'data/PatentStandardization/data/st36_wipo_examples/cn_old/200880114428_A.xml',
  },
]

describeGoldenCases(cnipaSt36, GOLDEN, CASES)

describe('cnipaSt36', () => {
  it('reads claim references in Chinese and Japanese wording', () => {
    expect(wordingClaimRefs('3.权利要求1-2中任一项的抗体', 3)).toEqual([1, 2])
    expect(wordingClaimRefs('5.根据权利要求1或2所述的方法', 5)).toEqual([1, 2])
    expect(wordingClaimRefs('請求項１〜３のいずれか一項に記載の脱酸素剤', 4)).toEqual([1, 2, 3])
    expect(wordingClaimRefs('請求項１または２に記載の脱酸素剤', 3)).toEqual([1, 2])
  })

  it('keeps Chinese text as written, without print line wraps, tagged zh', () => {
    const xml =
      '<cn-patent-document lang="ZH" country="CN"><cn-bibliographic-data><cn-publication-reference><document-id><country>CN</country><doc-number>1</doc-number><kind>A</kind><date>20200101</date></document-id></cn-publication-reference><invention-title>抗体</invention-title></cn-bibliographic-data><application-body><claims><claim num="1"><claim-text>1.一种抗 <br/>体。</claim-text></claim><claim num="2"><claim-text>2.权利要求1的抗体。</claim-text></claim></claims></application-body></cn-patent-document>'
    const out = parseDocument(new TextEncoder().encode(xml), { parsers: [cnipaSt36] })
    expect(out.record?.titles).toEqual([{ lang: 'zh', text: '抗体' }])
    expect(out.record?.claims[0]?.claims.map((c) => [c.text, c.dependsOn])).toEqual([
      ['1.一种抗体。', []],
      ['2.权利要求1的抗体。', [1]],
    ])
  })
})
