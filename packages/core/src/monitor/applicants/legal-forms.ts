/**
 * Legal-form words and words that say nothing about who the company is. They are dropped from an
 * applicant name before names are compared, so "NVIDIA CORPORATION", "Nvidia Corp." and
 * "NVIDIA Corp" share one key. Sources: ISO 20275 Entity Legal Forms code list (ELF, GLEIF,
 * version 1.5) for the forms, and the spellings seen in USPTO, EPO and CNIPA applicant fields.
 * Versioned: a change here changes keys, so the applicant index is rebuilt (see `APPLICANT_KEY_VERSION`).
 */
export const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set([
  // English-speaking jurisdictions
  'corporation',
  'corp',
  'incorporated',
  'inc',
  'company',
  'co',
  'limited',
  'ltd',
  'llc',
  'llp',
  'lp',
  'plc',
  'pty',
  'pte',
  'pvt',
  'private',
  'public',
  'holdings',
  'holding',
  'group',
  'the',
  // Continental Europe
  'gmbh',
  'ag',
  'kg',
  'kgaa',
  'se',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'ab',
  'as',
  'asa',
  'aps',
  'oy',
  'oyj',
  'mbh',
  'ug',
  'ev',
  'sl',
  'sau',
  'cie',
  'et',
  // Japan, Korea (romanised)
  'kabushiki',
  'kaisha',
  'kk',
  'yugen',
  'godo',
  'chusiksahoe',
  'jusikhoesa',
])

/**
 * Legal-form endings of Chinese, Japanese and Korean names, longest first, stripped from the end
 * (and, for 株式会社, from the start) of a CJK name.
 */
export const CJK_LEGAL_FORMS: readonly string[] = [
  '股份有限公司',
  '有限责任公司',
  '有限責任公司',
  '集团有限公司',
  '集團有限公司',
  '有限公司',
  '株式会社',
  '有限会社',
  '合同会社',
  '주식회사',
  '유한회사',
  '(株)',
  '㈱',
  '集团',
  '集團',
  '公司',
]

/**
 * Version of the key function and the word lists. Stored beside the applicant index: a store
 * whose index was built with another version re-keys every name.
 */
export const APPLICANT_KEY_VERSION = 1
