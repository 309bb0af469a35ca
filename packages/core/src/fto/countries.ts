/**
 * Countries an FTO can target: where a patent is enforced. `EP` stands for "every state of a
 * granted European patent" (the EPO itself enforces nothing; since 2023 the Unified Patent Court
 * does for UP states); a national EPC state (DE, FR, GB …) is reached by national patents and by
 * European patents validated there.
 */

/** EPC contracting states (2024), where a granted European patent may be validated. */
export const EPC_STATES: readonly string[] = [
  'AL',
  'AT',
  'BE',
  'BG',
  'CH',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GB',
  'GR',
  'HR',
  'HU',
  'IE',
  'IS',
  'IT',
  'LI',
  'LT',
  'LU',
  'LV',
  'MC',
  'MK',
  'MT',
  'NL',
  'NO',
  'PL',
  'PT',
  'RO',
  'RS',
  'SE',
  'SI',
  'SK',
  'SM',
  'TR',
]

/** Other offices whose patents an FTO may ask about. */
const NATIONAL: readonly string[] = [
  'US',
  'CN',
  'JP',
  'KR',
  'TW',
  'IN',
  'CA',
  'AU',
  'NZ',
  'BR',
  'MX',
  'AR',
  'CL',
  'CO',
  'RU',
  'EA',
  'SG',
  'MY',
  'TH',
  'VN',
  'ID',
  'PH',
  'HK',
  'SA',
  'AE',
  'IL',
  'ZA',
  'EG',
  'UA',
]

/** Every valid `--countries` code, sorted. */
export const FTO_COUNTRIES: readonly string[] = [
  ...new Set(['EP', ...NATIONAL, ...EPC_STATES]),
].sort()

/** Whether a national code is an EPC state (reached by European patents). */
export function isEpcState(country: string): boolean {
  return EPC_STATES.includes(country)
}
