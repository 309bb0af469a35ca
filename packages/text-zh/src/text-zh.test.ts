import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  CEDICT_FILE,
  CedictLexicon,
  createQueryTranslation,
  GLOSSARY_FILE,
  JiebaSegmenter,
  loadGlossary,
  OpenccScriptConverter,
} from './index.js'

const REQUIRED_DOMAINS = [
  'structure',
  'ai',
  'robotics',
  'semiconductor',
  'medical',
  'ultrasound',
  'telecom',
  'vehicle',
  'energy',
]

describe('the shipped glossary', () => {
  const glossary = loadGlossary()

  it('is versioned, has a provenance header and covers every required domain', () => {
    const head = readFileSync(GLOSSARY_FILE, 'utf8').split('\n').slice(0, 10).join('\n')
    expect(glossary.version).toMatch(/^\d{4}\.\d+\.\d+$/)
    expect(head).toMatch(/# provenance:/)
    const counts = new Map<string, number>()
    for (const d of glossary.domains.values()) {
      counts.set(d, (counts.get(d) ?? 0) + 1)
    }
    for (const d of REQUIRED_DOMAINS) {
      expect(counts.get(d) ?? 0, d).toBeGreaterThanOrEqual(20)
    }
  })

  it('has each headword once and treats claim vocabulary as structure words', () => {
    const heads = readFileSync(GLOSSARY_FILE, 'utf8')
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => l.split('\t')[0])
    const dupes = heads.filter((h, i) => heads.indexOf(h) !== i)
    expect(dupes).toEqual([])
    for (const w of ['所述', '包括', '其特征在于']) {
      expect(glossary.stopwords.has(w)).toBe(true)
    }
  })
})

describe('JiebaSegmenter', () => {
  it('keeps user-dictionary terms whole that the default dictionary splits', () => {
    const text = '源极和漏极之间的介电层'
    expect(new JiebaSegmenter().segment(text)).not.toContain('漏极')
    const words = new JiebaSegmenter(['源极', '漏极', '介电层']).segment(text)
    expect(words).toEqual(expect.arrayContaining(['源极', '漏极', '介电层']))
  })
})

describe('OpenccScriptConverter', () => {
  const cc = new OpenccScriptConverter()
  it('detects the script and converts Taiwan phrasing to mainland Simplified', () => {
    expect(cc.detect('卷積神經網路的軟體')).toBe('hant')
    expect(cc.detect('卷积神经网络的软件')).toBe('hans')
    expect(cc.toSimplified('卷積神經網路的軟體與記憶體')).toBe('卷积神经网络的软件与内存')
    expect(cc.toSimplified('卷积神经网络')).toBe('卷积神经网络')
    expect(cc.toTraditional('超声探头')).toBe('超聲探頭')
  })
})

describe('CedictLexicon', () => {
  it('loads the compact CC-CEDICT extract and ranks senses', () => {
    const cedict = new CedictLexicon(CEDICT_FILE)
    expect(cedict.size).toBeGreaterThan(100_000)
    expect(cedict.lookup('电池')[0]!.text).toBe('battery')
    expect(cedict.lookup('電池')[0]!.text).toBe('battery')
    expect(cedict.lookup('不是一个词语')).toEqual([])
  })
})

describe('createQueryTranslation', () => {
  const qt = createQueryTranslation()
  const origins = (text: string): string[] =>
    qt.translate(text, 'en')!.concepts.map((c) => c.origin ?? '')

  it('gives the same concepts for Simplified and Traditional versions of a query', () => {
    const hans = origins('一种基于卷积神经网络的超声图像分割方法，所述探头包括压电换能器阵列')
    const hant = origins('一種基於卷積神經網路的超音波影像分割方法，所述探頭包括壓電換能器陣列')
    expect(hans).toEqual(expect.arrayContaining(['卷积神经网络', '探头', '压电']))
    expect(hant).toEqual(expect.arrayContaining(['卷积神经网络', '探头', '压电']))
    expect(hans).not.toContain('所述')
  })

  it('offers several weighted candidates for an ambiguous dictionary word', () => {
    const q = qt.translate('机器人抓取易碎物体', 'en')!
    const objectConcept = q.concepts.find((c) => c.origin === '物体')
    expect(objectConcept?.forms.length).toBeGreaterThan(1)
    expect(q.concepts.find((c) => c.origin === '机器人')!.forms[0]!.text).toBe('robot')
  })

  it('translates English into Chinese forms for Chinese documents', () => {
    const q = qt.translate('ultrasound probe with a piezoelectric transducer array', 'zh')!
    const forms = q.concepts.flatMap((c) => c.forms.map((f) => f.text))
    expect(forms).toEqual(expect.arrayContaining(['超声探头', '超聲探頭', '压电', '换能器阵列']))
  })
})
