/**
 * The offices the knowledge base covers, in display order: national offices, the regional
 * offices (EP, EA), the Unitary Patent (UP) and the PCT International Bureau (WO).
 */
export const OFFICE_CODES = [
  'US',
  'EP',
  'UP',
  'CN',
  'JP',
  'KR',
  'IN',
  'DE',
  'GB',
  'FR',
  'IT',
  'CA',
  'AU',
  'BR',
  'MX',
  'RU',
  'EA',
  'SG',
  'MY',
  'TH',
  'VN',
  'ID',
  'PH',
  'SA',
  'AE',
  'IL',
  'ZA',
  'TR',
  'WO',
] as const

/** An office code of the knowledge base (ST.3 two-letter code; `UP` for the Unitary Patent). */
export type OfficeCode = (typeof OFFICE_CODES)[number]

const CODES: ReadonlySet<string> = new Set(OFFICE_CODES)

/** Whether `code` (upper case) is an office of the knowledge base. */
export function isOfficeCode(code: string): code is OfficeCode {
  return CODES.has(code)
}
