import { claimReferences } from './claim-references.js'

/**
 * The claim splitter of the claims engine (and of the eligibility pre-check): numbering,
 * dependency and category of claims as plain text in English, Chinese (权利要求), Japanese
 * (請求項) or Korean (청구항). It is generic and forgiving: text without numbering is one claim.
 */

/** The statutory category a claim's preamble names. */
export type ClaimCategory =
  'method' | 'apparatus' | 'system' | 'medium' | 'use' | 'program' | 'other'

/** One claim cut from a plain-text claim set. */
export interface ClaimText {
  /** Claim number as printed; 1 for text without numbering. */
  readonly number: number
  /** The claim text without its number label. */
  readonly text: string
  /** Numbers of the claims it refers back to (empty for an independent claim). */
  readonly dependsOn: readonly number[]
  readonly independent: boolean
  readonly category: ClaimCategory
  /** Offset where the preamble ends ("comprising", "包括", "であって" …) in `text`; 0 when none. */
  readonly preambleEnd: number
  /** The claim only says it is gone: "(canceled)", "[Deleted]", "（删除）", "（削除）". */
  readonly cancelled?: boolean
}

const CANCELLED =
  /^[\d\s.,\-–]*[([（【]?\s*(?:cancell?ed|deleted|withdrawn|删除|刪除|削除)\s*[)\]）】]?\s*[.。]?\s*$/iu

// A claim label at the start of a line: "1.", "1)", "Claim 1:", "【請求項1】", "权利要求1：", "청구항 1".
const LABEL =
  /【\s*請求項\s*(\d+)\s*】|(?:^|\n)[ \t]*(?:\[\s*(?:請求項|청구항)\s*(\d+)\s*\]|(?:claim|权利要求|請求項|청구항)\s*(\d+)\s*[.:：、]?|(\d+)(?:\s*[-–]\s*(\d+))?\s*[.)．、:：](?!\d))/giu

const PREAMBLE_END =
  /\b(?:comprising|comprises|comprise|including|includes|consisting|wherein|characteri[sz]ed)\b|[:：]|其特征在于|包括|包含|であって|において|を備え|を有する|를 포함|을 포함|에 있어서|으로서/iu

// Category keywords; the one that ends last in the head of the preamble names the category
// ("A computer-implemented method" → method; "一种…的分析方法" → method; "回路のシミュレーション方法" → method).
const CATEGORY_RULES: readonly (readonly [ClaimCategory, RegExp])[] = [
  [
    'medium',
    /\bmedi(?:um|a)\b|\bprogram product|存储介质|记录介质|可读介质|程序产品|記録媒体|記憶媒体|기록\s*매체|저장\s*매체/giu,
  ],
  ['program', /\b(?:computer\s+)?program\b|计算机程序|プログラム|프로그램/giu],
  ['method', /\b(?:method|process)\b|方法|工艺|방법/giu],
  ['system', /\bsystem\b|系统|システム|시스템/giu],
  [
    'apparatus',
    /\b(?:apparatus|device|machine|circuit|robot|vehicle|controller|terminal|computer(?!-)|equipment|asic)\b|装置|设备|机器人|电路|機器|ロボット|장치|기기|로봇|회로/giu,
  ],
]

// The head of an English preamble ends at its first preposition or comma.
const HEAD_END =
  /\s(?:for|of|to|in|that|which|implemented|configured|storing|having|with|on|using|by|useful)\b|[(（，]/iu

/**
 * Splits plain text into claims. Labels must start the text and increase; text without labels
 * is one claim, numbered after the claims it refers back to ("The method of claim 1 …" → 2).
 */
export function splitClaims(text: string): ClaimText[] {
  const labels = claimLabels(text)
  if (labels.length === 0 || !isPreface(text.slice(0, labels[0]!.start))) {
    const body = text.trim()
    if (!body) {
      return []
    }
    // Only the opening can say which claim this one follows ("The method of claim 1, …").
    const refs = dependencies(body.slice(0, 160), Number.MAX_SAFE_INTEGER)
    return [buildClaim(refs.length > 0 ? Math.max(...refs) + 1 : 1, body)]
  }
  const claims: ClaimText[] = []
  labels.forEach((label, i) => {
    const end = labels[i + 1]?.start ?? text.length
    const body = text.slice(label.at, end).trim()
    for (let n = label.number; body && n <= label.last; n++) {
      claims.push(buildClaim(n, body))
    }
  })
  return claims
}

/** Analyses one claim's text (already without its number label). */
export function buildClaim(number: number, text: string): ClaimText {
  const dependsOn = dependencies(text, number)
  const preambleEnd = findPreambleEnd(text)
  const cancelled = CANCELLED.test(text)
  return {
    number,
    text,
    dependsOn: cancelled ? [] : dependsOn,
    independent: !cancelled && dependsOn.length === 0,
    ...(cancelled ? { cancelled } : {}),
    category: categoryOf(text, preambleEnd),
    preambleEnd,
  }
}

/**
 * Offset where the preamble ends (at the transition word). 0 when there is none: a claim without
 * "comprising", "包括" or "であって" is read as all body.
 */
export function findPreambleEnd(text: string): number {
  const m = PREAMBLE_END.exec(text)
  return m ? m.index : 0
}

/** The statutory category named by a preamble: the category keyword ending last in its head. */
export function claimCategory(preamble: string): ClaimCategory {
  if (/^\s*(?:the\s+)?use\s+of\b/iu.test(preamble) || /的(?:用途|应用)$/u.test(preamble.trim())) {
    return 'use'
  }
  const cut = HEAD_END.exec(preamble)
  const head = cut && cut.index > 0 ? preamble.slice(0, cut.index) : preamble
  let best: { category: ClaimCategory; end: number } | undefined
  for (const [category, re] of CATEGORY_RULES) {
    for (const m of head.matchAll(re)) {
      const end = m.index + m[0].length
      if (!best || end > best.end) {
        best = { category, end }
      }
    }
  }
  return best?.category ?? 'other'
}

// Japanese and Korean claims name the category at the end ("…を備えるロボット。", "…하는 방법.").
function categoryOf(text: string, preambleEnd: number): ClaimCategory {
  const head = claimCategory(text.slice(0, preambleEnd || 200))
  if (
    head !== 'other' ||
    !/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text)
  ) {
    return head
  }
  return claimCategory(text.replace(/[。.\s]+$/u, '').slice(-40))
}

function labelNumber(m: RegExpMatchArray): number {
  return Number(m[1] ?? m[2] ?? m[3] ?? m[4])
}

/** Which alternative of `LABEL` matched, and its punctuation: "1." and "1)" are different styles. */
function labelStyle(m: RegExpMatchArray): string {
  const group = m[1] ? 1 : m[2] ? 2 : m[3] ? 3 : 4
  return group === 4 && /[)）]$/u.test(m[0].trim()) ? '4)' : String(group)
}

/** Most claims a cancelled block ("5-24. (canceled)") or a gap may skip. */
const MAX_GAP = 60

interface Label {
  readonly at: number
  readonly start: number
  readonly number: number
  /** The last number of a range label ("1-18. (canceled)"); `number` otherwise. */
  readonly last: number
}

/** Text before the first label that is a heading ("What is claimed is:", "权利要求书"), not a claim. */
function isPreface(text: string): boolean {
  const t = text.trim()
  return (
    t === '' || (t.length < 120 && /claim|权利要求|權利要求|請求の範囲|特許請求|청구/iu.test(t))
  )
}

/**
 * The claim labels of a claim set, in order: the first label sets the style ("1." vs "1)" vs
 * "【請求項1】"); each later label must have that style and the next number, or a larger one
 * (a gap, as after cancelled claims) right after the end of a sentence. So the numbered steps
 * "1) adhering …; 2) sealing …" inside claim 20 are not read as claims 1 and 2.
 */
function claimLabels(text: string): Label[] {
  const labels: Label[] = []
  let style: string | undefined
  for (const m of text.matchAll(LABEL)) {
    const number = labelNumber(m)
    const last = labels[labels.length - 1]
    const end = m[5] ? Number(m[5]) : number
    const label = {
      at: m.index + m[0].length,
      start: m.index,
      number,
      last: end >= number ? end : number,
    }
    if (!last) {
      labels.push(label)
      style = labelStyle(m)
      continue
    }
    if (labelStyle(m) !== style || number <= last.last) {
      continue
    }
    const before = text.slice(last.at, m.index).trimEnd()
    if (number === last.last + 1 || (number - last.last <= MAX_GAP && /[.。)）]$/u.test(before))) {
      labels.push(label)
    }
  }
  return labels
}

function dependencies(text: string, own: number): number[] {
  return claimReferences(text, own)
}
