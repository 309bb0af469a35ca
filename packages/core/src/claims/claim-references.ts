/**
 * Claim references in plain text ("claim 1", "any one of claims 1 to 3", "claims 1, 4 or 6-8",
 * "根据权利要求1或2所述的", "如权利要求1至3中任一项所述", "請求項1から3のいずれか一項に記載の",
 * "청구항 1 내지 3") read as claim numbers. This is what a claim's `claim-ref` markup says in
 * office XML, recovered from text that lost it (OCR, machine translation, pasted claims).
 */

/** Longest range a reference may span; longer ones are taken as misprints and read as two numbers. */
const MAX_RANGE = 200

// The word that introduces a reference, in every language we read.
const KEYWORD = String.raw`(?:\bclaims?\b|权利要求|權利要求|請求項|请求项|청구항)`
// A number: ASCII (after NFKC), optionally written "claim (1)" or "claim [1]".
const NUMBER = String.raw`[([]?\s*\d+\s*[)\]]?`
// Between two numbers: a range or a list connector, optionally repeating the keyword.
const RANGE_WORD = String.raw`(?:-|–|—|~|〜|～|to|through|thru|until|至|到|乃至|ないし|から|내지)`
const LIST_WORD = String.raw`(?:,|、|，|and/or|and|or|as well as|plus|或者|或|和|及|以及|與|与|または|又は|もしくは|若しくは|および|及び|並びに|或いは|あるいは|및|또는)`
const LINK = String.raw`\s*(?:${RANGE_WORD}|${LIST_WORD})(?:\s*(?:${LIST_WORD}|${RANGE_WORD}))?\s*(?:${KEYWORD}\s*(?:no\.?\s*)?)?`
const REFERENCE = new RegExp(
  String.raw`${KEYWORD}\s*(?:no\.?\s*|nos\.?\s*)?(${NUMBER}(?:${LINK}${NUMBER})*)`,
  'giu',
)
const RANGE_AT = new RegExp(String.raw`^\s*${RANGE_WORD}`, 'iu')
// "any of the preceding claims", "前述任一项权利要求", "前記請求項のいずれか": every earlier claim.
const PRECEDING = [
  /\b(?:any|one|each|all)\s+(?:one\s+)?(?:or\s+more\s+)?of\s+the\s+(?:preceding|previous|foregoing|above|prior)\s+claims\b|\bthe\s+(?:preceding|previous|foregoing)\s+claims\b/giu,
  /(?:前述|上述|前面)(?:任[一意]项?)?(?:的)?(?:权利要求|權利要求)|(?:前記|上記)(?:いずれかの)?請求項|前各項/gu,
]

/**
 * The claim numbers `text` refers to, ascending, without duplicates: every number named by a
 * reference anywhere in the claim, ranges expanded. With `own` (the claim's own number), only
 * earlier claims count, as claims may refer back but never forward or to themselves; "the
 * preceding claims" then means every claim before `own`.
 */
export function claimReferences(text: string, own?: number): number[] {
  const normal = text.normalize('NFKC')
  const limit = own ?? Number.MAX_SAFE_INTEGER
  const found = new Set<number>()
  for (const m of normal.matchAll(REFERENCE)) {
    for (const n of numbersOf(m[1]!)) {
      if (n >= 1 && n < limit) {
        found.add(n)
      }
    }
  }
  if (own !== undefined && PRECEDING.some((re) => new RegExp(re.source, re.flags).test(normal))) {
    for (let n = 1; n < own; n++) {
      found.add(n)
    }
  }
  return [...found].sort((a, b) => a - b)
}

/** The numbers of one reference's list ("1, 4 or 6-8" → 1, 4, 6, 7, 8). */
function numbersOf(list: string): number[] {
  const out: number[] = []
  const re = /\d+/gu
  let previous: number | undefined
  let lastEnd = 0
  for (const m of list.matchAll(re)) {
    const n = Number(m[0])
    const between = list.slice(lastEnd, m.index)
    if (previous !== undefined && RANGE_AT.test(between.replace(/^[\s)\]]+/u, ''))) {
      if (n > previous && n - previous <= MAX_RANGE) {
        for (let k = previous + 1; k < n; k++) {
          out.push(k)
        }
      }
    }
    out.push(n)
    previous = n
    lastEnd = m.index + m[0].length
  }
  return out
}
