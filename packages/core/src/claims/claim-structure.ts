/**
 * A claim's three parts: preamble ("A networked computer system"), transitional phrase
 * ("comprising", "consisting of", "包括", "由……组成", "を備える") and body (the limitations).
 */

/** The scope a transitional phrase gives the claim. */
export type TransitionScope = 'open' | 'closed' | 'semi-closed' | 'dependent' | 'none'

/** The parts of one claim's text. */
export interface ClaimParts {
  readonly preamble: string
  /** The transitional phrase as written; `''` when the claim has none. */
  readonly transition: string
  readonly scope: TransitionScope
  readonly body: string
}

/** A claim's language, as its text shows it. */
export type ClaimLanguage = 'en' | 'zh' | 'ja'

/** The language of a claim text: kana → `ja`, other Han → `zh`, else `en`. */
export function detectClaimLanguage(text: string): ClaimLanguage {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) {
    return 'ja'
  }
  return /\p{Script=Han}/u.test(text) ? 'zh' : 'en'
}

// English transitional phrases, strongest first where two start at the same place.
const EN_CLOSED = /\b(?:consisting|consists)\s+of\b/iu
const EN_SEMI = /\b(?:consisting|consists)\s+essentially\s+of\b/iu
const EN_OPEN =
  /\b(?:(?:which|that)\s+)?(?:(?:further|also|additionally)\s+)?(?:comprising|comprises|comprise|including|includes|include|comprised\s+of)\b(?:\s+the\s+steps?\s+of\b)?|\b(?:characteri[sz]ed\s+(?:in\s+that|by)|the\s+improvement\s+comprising)\b/iu
const EN_WEAK = /\b(?:having|has|containing|contains|wherein|whereby|in\s+which)\b|:/iu
// A dependent claim: "The method of claim 1, wherein …", "… according to claim 2, further comprising …".
const EN_DEPENDENT_HEAD =
  /^(.{0,200}?\b(?:claims?|preceding claims)(?:[\d\s,\-–]|\b(?:to|or|and|through|of|the|any|one|claims?)\b)*?)(?=[,;:]|\s+(?:wherein|further|in which|where|comprising|including|characteri))/iu
const EN_DEPENDENT_TRANSITION =
  /^[\s,;:]*(?:(?:and\s+)?(?:wherein|whereby|where|in\s+which|characteri[sz]ed\s+(?:in\s+that|by))|(?:(?:which|that)\s+)?(?:further|also|additionally)\s+(?:comprising|comprises|including|includes)(?:\s+the\s+steps?\s+of)?|comprising|including)\b[\s:,]*/iu

/**
 * Splits a claim (its text without the number label) into preamble, transition and body.
 * English: the earliest of "consisting essentially of" / "consisting of" / "comprising"…, else
 * "having" / ":" ; a dependent claim's preamble is its reference ("The method of claim 1") and its
 * transition "wherein" or "further comprising". Chinese: "其特征在于" / "包括" / "包含" /
 * "由……组成". Japanese: "…であって、" and the "を備える/を含む/からなる" before the claimed thing.
 */
export function claimParts(text: string, language = detectClaimLanguage(text)): ClaimParts {
  const t = text.trim()
  if (language === 'zh') {
    return chineseParts(t)
  }
  if (language === 'ja') {
    return japaneseParts(t)
  }
  return englishParts(t)
}

function englishParts(t: string): ClaimParts {
  const dependent = EN_DEPENDENT_HEAD.exec(t)
  if (dependent) {
    const rest = t.slice(dependent[1]!.length)
    const tr = EN_DEPENDENT_TRANSITION.exec(rest)
    if (tr) {
      return parts(dependent[1]!, tr[0], 'dependent', rest.slice(tr[0].length))
    }
  }
  const found = [EN_SEMI, EN_CLOSED, EN_OPEN]
    .map((re) => ({ re, m: re.exec(t) }))
    .filter((x): x is { re: RegExp; m: RegExpExecArray } => x.m !== null)
    .sort((a, b) => a.m.index - b.m.index || b.m[0].length - a.m[0].length)[0]
  const m = found?.m ?? EN_WEAK.exec(t)
  if (!m) {
    return { preamble: '', transition: '', scope: 'none', body: cleanBody(t) }
  }
  const scope: TransitionScope =
    found?.re === EN_SEMI ? 'semi-closed' : found?.re === EN_CLOSED ? 'closed' : 'open'
  const after = /^[\s:,]*/u.exec(t.slice(m.index + m[0].length))![0]
  return parts(
    t.slice(0, m.index),
    t.slice(m.index, m.index + m[0].length + after.length),
    scope,
    t.slice(m.index + m[0].length + after.length),
  )
}

const ZH_DEPENDENT =
  /^(.{0,80}?(?:权利要求|權利要求)[^，,：:]{0,40}?(?:所述|所記載|记载)?的?[^，,：:]{0,30}?)[，,]\s*/u
const ZH_TRANSITION =
  /(?:其特征在于|其特徵在於|特征在于)[，,：:\s]*(?:(?:其)?(?:包括|包含|含有|具有)[：:，,\s]*)?|(?:包括|包含|含有|具有|包括有)[：:，,\s]*|其中[，,：:\s]*/u
const ZH_CONSISTING = /^(.*?)[，,]?\s*(由)(.+?)(组成|構成|构成|組成)\s*[。.]?$/su

function chineseParts(t: string): ClaimParts {
  const consisting = ZH_CONSISTING.exec(t)
  if (consisting && consisting[1]!.length < 100) {
    return parts(consisting[1]!, `${consisting[2]!}……${consisting[4]!}`, 'closed', consisting[3]!)
  }
  const dependent = ZH_DEPENDENT.exec(t)
  if (dependent) {
    const rest = t.slice(dependent[0].length)
    const tr = /^(?:其特征在于|其中|还包括|進一步包括|进一步包括|还包含)[，,：:\s]*/u.exec(rest)
    return parts(dependent[1]!, tr?.[0] ?? '', 'dependent', rest.slice(tr?.[0].length ?? 0))
  }
  const m = ZH_TRANSITION.exec(t)
  if (!m) {
    return { preamble: '', transition: '', scope: 'none', body: cleanBody(t) }
  }
  return parts(t.slice(0, m.index), m[0], 'open', t.slice(m.index + m[0].length))
}

const JA_PREAMBLE_END = /(?:であって|において|に於いて)[、,，]\s*/u
const JA_DEPENDENT =
  /^(.{0,80}?請求項[^、,，]{0,40}?(?:に記載の|記載の)[^、,，]{0,40}?)(?:であって|において)[、,，]\s*/u
const JA_TRANSITION =
  /(?:を|と)(?:備える|備えた|備え|具備する|具備した|含む|含んだ|有する|有した)|(?:から|より)(?:なる|成る|構成される)|を特徴とする/gu

function japaneseParts(t: string): ClaimParts {
  const dependent = JA_DEPENDENT.exec(t)
  if (dependent) {
    return parts(
      dependent[1]!,
      dependent[0].slice(dependent[1]!.length),
      'dependent',
      t.slice(dependent[0].length),
    )
  }
  const pre = JA_PREAMBLE_END.exec(t)
  const head = pre ? t.slice(0, pre.index) : ''
  const rest = pre ? t.slice(pre.index + pre[0].length) : t
  const all = [...rest.matchAll(JA_TRANSITION)]
  const m = all[all.length - 1]
  if (!m) {
    return {
      preamble: clean(head),
      transition: pre?.[0].trim() ?? '',
      scope: pre ? 'open' : 'none',
      body: cleanBody(rest),
    }
  }
  const subject = rest.slice(m.index + m[0].length).replace(/[。.]\s*$/u, '')
  const scope: TransitionScope = /なる|成る|構成/u.test(m[0]) ? 'closed' : 'open'
  const preamble = head ? head : subject
  return parts(preamble, m[0], scope, rest.slice(0, m.index))
}

function parts(
  preamble: string,
  transition: string,
  scope: TransitionScope,
  body: string,
): ClaimParts {
  return {
    preamble: clean(preamble),
    transition: transition.replace(/[\s,，、:：]+$/u, '').replace(/^[\s,，、]+/u, ''),
    scope,
    body: cleanBody(body),
  }
}

/** The body keeps its line breaks: they separate the limitations in office text. */
function cleanBody(s: string): string {
  return s
    .replace(/[ \t\u00a0]+/gu, ' ')
    .replace(/ *\n[\s]*/gu, '\n')
    .replace(/^[\s,，、:：;；]+|[\s,，、:：;；.。]+$/gu, '')
}

function clean(s: string): string {
  return s
    .replace(/\s+/gu, ' ')
    .replace(/^[\s,，、:：;；]+|[\s,，、:：;；]+$/gu, '')
    .trim()
}
