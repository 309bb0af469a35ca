/**
 * The Porter (1980) stemmer, written compactly with regular expressions, so that claim words match
 * document words of the same family ("sockets", "socketed" → "socket"). FTS5's `porter` tokenizer
 * runs the same algorithm inside the index; the novelty hints stem both sides with this one.
 */

const STEP2: Readonly<Record<string, string>> = {
  ational: 'ate',
  tional: 'tion',
  enci: 'ence',
  anci: 'ance',
  izer: 'ize',
  bli: 'ble',
  alli: 'al',
  entli: 'ent',
  eli: 'e',
  ousli: 'ous',
  ization: 'ize',
  ation: 'ate',
  ator: 'ate',
  alism: 'al',
  iveness: 'ive',
  fulness: 'ful',
  ousness: 'ous',
  aliti: 'al',
  iviti: 'ive',
  biliti: 'ble',
  logi: 'log',
}

const STEP3: Readonly<Record<string, string>> = {
  icate: 'ic',
  ative: '',
  alize: 'al',
  iciti: 'ic',
  ical: 'ic',
  ful: '',
  ness: '',
}

// Consonant and vowel sequences: `[C](VC){m}[V]`; `y` after a consonant counts as a vowel.
const C = '[^aeiou][^aeiouy]*'
const V = '[aeiouy][aeiou]*'
const M_GT0 = new RegExp(`^(${C})?${V}${C}`, 'u')
const M_EQ1 = new RegExp(`^(${C})?${V}${C}(${V})?$`, 'u')
const M_GT1 = new RegExp(`^(${C})?${V}${C}${V}${C}`, 'u')
const HAS_VOWEL = new RegExp(`^(${C})?[aeiouy]`, 'u')
const CVC = new RegExp(`^${C}[aeiouy][^aeiouwxy]$`, 'u')

const STEP2_RE = new RegExp(`^(.+?)(${Object.keys(STEP2).join('|')})$`, 'u')
const STEP3_RE = new RegExp(`^(.+?)(${Object.keys(STEP3).join('|')})$`, 'u')
const STEP4_RE =
  /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/u

/**
 * Porter stem of a lower-case word (`"controllers"` → `"control"`, `"generalization"` → `"gener"`).
 * Words shorter than 3 letters and words with characters other than `a`–`z` are returned as given.
 */
export function porterStem(word: string): string {
  if (word.length < 3 || !/^[a-z]+$/u.test(word)) {
    return word
  }
  // A leading `y` is a consonant; mark it so the vowel patterns do not see it.
  let w = word.startsWith('y') ? `Y${word.slice(1)}` : word
  let m: RegExpExecArray | null

  // Step 1a: plurals.
  if ((m = /^(.+?)(ss|i)es$/u.exec(w))) {
    w = m[1]! + m[2]!
  } else if ((m = /^(.+?)([^s])s$/u.exec(w))) {
    w = m[1]! + m[2]!
  }
  // Step 1b: -eed, -ed, -ing.
  if ((m = /^(.+?)eed$/u.exec(w))) {
    if (M_GT0.test(m[1]!)) {
      w = w.slice(0, -1)
    }
  } else if ((m = /^(.+?)(ed|ing)$/u.exec(w)) && HAS_VOWEL.test(m[1]!)) {
    w = m[1]!
    if (/(at|bl|iz)$/u.test(w)) {
      w += 'e'
    } else if (/([^aeiouylsz])\1$/u.test(w)) {
      w = w.slice(0, -1)
    } else if (CVC.test(w)) {
      w += 'e'
    }
  }
  // Step 1c: -y → -i after a vowel in the stem.
  if ((m = /^(.+?)y$/u.exec(w)) && HAS_VOWEL.test(m[1]!)) {
    w = `${m[1]!}i`
  }
  // Steps 2 and 3: double and single suffixes to their base.
  if ((m = STEP2_RE.exec(w)) && M_GT0.test(m[1]!)) {
    w = m[1]! + STEP2[m[2]!]!
  }
  if ((m = STEP3_RE.exec(w)) && M_GT0.test(m[1]!)) {
    w = m[1]! + STEP3[m[2]!]!
  }
  // Step 4: remove suffixes where the measure is above 1.
  if ((m = STEP4_RE.exec(w))) {
    if (M_GT1.test(m[1]!)) {
      w = m[1]!
    }
  } else if ((m = /^(.+?)([st])ion$/u.exec(w)) && M_GT1.test(m[1]! + m[2]!)) {
    w = m[1]! + m[2]!
  }
  // Step 5: final -e and -ll.
  if ((m = /^(.+?)e$/u.exec(w))) {
    const stem = m[1]!
    if (M_GT1.test(stem) || (M_EQ1.test(stem) && !CVC.test(stem))) {
      w = stem
    }
  }
  if (/ll$/u.test(w) && M_GT1.test(w)) {
    w = w.slice(0, -1)
  }
  return w.startsWith('Y') ? `y${w.slice(1)}` : w
}
