import { describe, expect, it } from 'vitest'
import { ChuhaiError } from '../../errors.js'
import {
  detectQueryLanguage,
  EnZhTranslator,
  mapLexicon,
  parseGlossary,
  QueryTranslation,
  rankDictionarySenses,
  ZhEnTranslator,
  type ScriptConverter,
  type Segmenter,
} from './index.js'

const GLOSSARY = [
  '# version: test.1',
  '所述\t-\tstructure',
  '方法\tmethod\tgeneric',
  '卷积神经网络\tconvolutional neural network|cnn\tai',
  '神经网络\tneural network\tai',
  '卷积\tconvolution|convolutional\tai',
  '源极\tsource|source electrode\tsemiconductor',
  '漏极\tdrain|drain electrode\tsemiconductor',
  '车道\tlane\tvehicle',
  'dnn\tdeep neural network\tai',
].join('\n')

/** Splits on spaces: the tests write segmented text, as jieba would produce it. */
const spaces: Segmenter = { language: 'zh', segment: (t) => t.split(/\s+/).filter((w) => w !== '') }
/** Treats 網 as the only Traditional character. */
const script: ScriptConverter = {
  detect: (t) => (t.includes('網') ? 'hant' : 'hans'),
  toSimplified: (t) => t.replaceAll('網', '网'),
  toTraditional: (t) => t.replaceAll('网', '網'),
}
const dictionary = mapLexicon(
  'dictionary',
  'zh',
  'en',
  new Map([
    ['检测', rankDictionarySenses(['to detect', 'to test', 'detection'])],
    ['线', rankDictionarySenses(['thread', 'line'])],
  ]),
)

describe('parseGlossary', () => {
  it('reads version, forms, stop and generic words, and the reverse direction', () => {
    const g = parseGlossary(GLOSSARY, 'test.tsv')
    expect(g.version).toBe('test.1')
    expect(g.zhEn.lookup('源极').map((c) => c.text)).toEqual(['source', 'source electrode'])
    expect(g.zhEn.lookup('源极')[0]!.weight).toBeGreaterThan(g.zhEn.lookup('源极')[1]!.weight)
    expect(g.stopwords.has('所述')).toBe(true)
    expect(g.zhEn.has('所述')).toBe(false)
    expect(g.generic.has('方法')).toBe(true)
    expect(g.enZh.lookup('neural network').map((c) => c.text)).toEqual(['神经网络'])
    expect(g.domains.get('漏极')).toBe('semiconductor')
  })

  it('names the file and line of a malformed entry', () => {
    const bad = '# version: 1\n源极\tsource\tsemiconductor\n漏极\tdrain\n'
    expect(() => parseGlossary(bad, 'g.tsv')).toThrow(/g\.tsv:3: expected 3 tab-separated columns/)
    expect(() => parseGlossary('# version: 1\nsource\t源极\tx\n', 'g.tsv')).toThrow(
      /g\.tsv:2: bad English form/,
    )
    expect(() => parseGlossary('源极\tsource\tsemiconductor\n', 'g.tsv')).toThrow(ChuhaiError)
  })
})

describe('rankDictionarySenses', () => {
  it('drops "to", labels and explanations, promotes technical senses, keeps order otherwise', () => {
    const ranked = rankDictionarySenses([
      'to play (a game); to perform',
      'the act of doing something over and over again for a long time',
      '(computing) thread',
    ])
    expect(ranked[0]).toEqual({ text: 'thread', weight: 1 })
    expect(ranked.map((c) => c.text)).toContain('play')
    expect(ranked.map((c) => c.text)).not.toContain(
      'the act of doing something over and over again for a long time',
    )
    expect(ranked.every((c) => c.weight > 0 && c.weight <= 1)).toBe(true)
  })

  it('does not split inside brackets', () => {
    expect(rankDictionarySenses(['to open (of ships, vehicles)']).map((c) => c.text)).toEqual([
      'open',
    ])
  })
})

describe('ZhEnTranslator', () => {
  const glossary = parseGlossary(GLOSSARY, 'test.tsv')
  const translator = new ZhEnTranslator({ segmenter: spaces, script, glossary, dictionary })

  it('weights glossary terms above dictionary words, drops structure words, merges repeats', () => {
    const q = translator.translate('所述 源极 和 漏极 的 检测 方法 ， 源极')
    const byOrigin = new Map(q.concepts.map((c) => [c.origin, c]))
    expect(byOrigin.has('所述')).toBe(false)
    expect(byOrigin.has('和')).toBe(false)
    expect(byOrigin.get('源极')!.forms[0]!.text).toBe('source')
    expect(byOrigin.get('源极')!.weight).toBeGreaterThan(byOrigin.get('漏极')!.weight)
    expect(byOrigin.get('漏极')!.weight).toBeGreaterThan(byOrigin.get('检测')!.weight)
    expect(byOrigin.get('检测')!.weight).toBeGreaterThan(byOrigin.get('方法')!.weight)
    expect(q.language).toBe('zh')
  })

  it('merges tokens that jieba split apart into the glossary term, and adds its parts lighter', () => {
    const q = translator.translate('卷积 神经网络')
    const whole = q.concepts.find((c) => c.origin === '卷积神经网络')!
    expect(whole.forms.map((f) => f.text)).toEqual(['convolutional neural network', 'cnn'])
    const part = q.concepts.find((c) => c.origin === '神经网络')!
    expect(part.weight).toBeLessThan(whole.weight)
  })

  it('translates an unknown compound as a phrase of its parts and as the parts', () => {
    const q = translator.translate('车道检测')
    expect(q.concepts.find((c) => c.origin === '车道检测')!.forms[0]!.text).toBe('lane detect')
    expect(q.concepts.map((c) => c.origin)).toEqual(expect.arrayContaining(['车道', '检测']))
  })

  it('keeps Latin tokens and expands glossary acronyms; converts Traditional script first', () => {
    const q = translator.translate('DNN 卷积 神经網络')
    const dnn = q.concepts.find((c) => c.origin === 'dnn')!
    expect(dnn.forms.map((f) => f.text)).toEqual(['dnn', 'deep neural network'])
    expect(q.concepts.some((c) => c.origin === '神经网络')).toBe(true)
  })
})

describe('EnZhTranslator', () => {
  it('matches the longest English phrase and gives Simplified and Traditional forms', () => {
    const glossary = parseGlossary(GLOSSARY, 'test.tsv')
    const q = new EnZhTranslator(glossary, script).translate(
      'A convolutional neural network for lanes',
    )
    const cnn = q.concepts.find((c) => c.origin === 'convolutional neural network')!
    expect(cnn.forms.map((f) => f.text)).toEqual(['卷积神经网络', '卷积神经網络'])
    expect(q.concepts.find((c) => c.origin === 'lanes')!.forms[0]!.text).toBe('车道')
    const nn = new EnZhTranslator(glossary, script).translate('neural network')
    expect(nn.concepts[0]!.forms.map((f) => f.text)).toEqual(['神经网络', '神经網络'])
  })
})

describe('QueryTranslation', () => {
  it('detects the language, leaves same-language queries alone and rejects unknown pairs', () => {
    expect(detectQueryLanguage('一种基于DNN的车道检测方法')).toBe('zh')
    expect(detectQueryLanguage('lane detection with a DNN')).toBe('en')
    expect(detectQueryLanguage('超音波プローブ')).toBe('ja')
    const glossary = parseGlossary(GLOSSARY, 'test.tsv')
    const qt = new QueryTranslation([new ZhEnTranslator({ segmenter: spaces, script, glossary })])
    expect(qt.translate('lane detection', 'en')).toBeUndefined()
    expect(qt.translate('车道', 'en')!.concepts[0]!.forms[0]!.text).toBe('lane')
    expect(() => qt.translate('超音波プローブ', 'en')).toThrow(
      /no query translation for language "ja>en"; supported: zh>en/,
    )
  })
})
