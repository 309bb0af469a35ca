import { CJK_LEGAL_FORMS, LEGAL_FORM_WORDS } from './legal-forms.js'

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/u
const CJK_ONLY = /^[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\s()（）]+$/u

/**
 * The comparison key of an applicant name: Unicode NFKC, case folded, accents and punctuation
 * removed, legal-form words ("Corporation", "Corp.", "GmbH", "有限公司", "株式会社") dropped,
 * spaces collapsed. Returns `''` for a name made only of legal-form words.
 * @example applicantKey('NVIDIA CORPORATION') // 'nvidia'
 * @example applicantKey('Nvidia Corp.') // 'nvidia'
 * @example applicantKey('英伟达股份有限公司') // '英伟达'
 */
export function applicantKey(name: string): string {
  const folded = name
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
  if (CJK.test(folded) && CJK_ONLY.test(folded)) {
    return cjkKey(folded)
  }
  // "U.S." → "us", "A/S" → "as": join dotted or slashed initials before splitting on punctuation.
  const joined = folded.replace(/\b(\p{L})[./](?=\p{L}\b[./]?)/gu, '$1')
  const tokens = joined
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0 && !LEGAL_FORM_WORDS.has(t))
  return tokens.join(' ')
}

function cjkKey(folded: string): string {
  let s = folded.replace(/[\s()（）]/g, '')
  for (let changed = true; changed;) {
    changed = false
    for (const form of CJK_LEGAL_FORMS) {
      const bare = form.replace(/[()]/g, '')
      if (s.length > bare.length && s.endsWith(bare)) {
        s = s.slice(0, -bare.length)
        changed = true
      } else if (s.length > bare.length && s.startsWith(bare)) {
        s = s.slice(bare.length)
        changed = true
      }
    }
  }
  return s
}

/** The tokens of a key (CJK keys are one token). */
export function keyTokens(key: string): string[] {
  return key.split(' ').filter((t) => t.length > 0)
}
