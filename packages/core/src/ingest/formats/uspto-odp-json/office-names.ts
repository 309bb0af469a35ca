/**
 * ST.3 codes of the offices USPTO names in foreign priority data (`ipOfficeName`), by the names
 * USPTO writes. Unknown names are reported, not guessed.
 */
const CODES: Readonly<Record<string, string>> = {
  AUSTRALIA: 'AU',
  AUSTRIA: 'AT',
  BELGIUM: 'BE',
  BRAZIL: 'BR',
  CANADA: 'CA',
  CHINA: 'CN',
  'CZECH REPUBLIC': 'CZ',
  DENMARK: 'DK',
  'EUROPEAN PATENT OFFICE': 'EP',
  EPO: 'EP',
  FINLAND: 'FI',
  FRANCE: 'FR',
  GERMANY: 'DE',
  'HONG KONG': 'HK',
  INDIA: 'IN',
  ISRAEL: 'IL',
  ITALY: 'IT',
  JAPAN: 'JP',
  'KOREA, REPUBLIC OF': 'KR',
  'REPUBLIC OF KOREA': 'KR',
  'SOUTH KOREA': 'KR',
  KOREA: 'KR',
  MEXICO: 'MX',
  NETHERLANDS: 'NL',
  'NEW ZEALAND': 'NZ',
  NORWAY: 'NO',
  'RUSSIAN FEDERATION': 'RU',
  RUSSIA: 'RU',
  SINGAPORE: 'SG',
  SPAIN: 'ES',
  SWEDEN: 'SE',
  SWITZERLAND: 'CH',
  TAIWAN: 'TW',
  'UNITED KINGDOM': 'GB',
  'GREAT BRITAIN': 'GB',
  'WORLD INTELLECTUAL PROPERTY ORGANIZATION': 'WO',
  WIPO: 'WO',
  PCT: 'WO',
}

/** `CHINA` → `CN`; a two-letter code passes through; `undefined` for names not in the table. */
export function officeCode(name: string): string | undefined {
  const key = name.trim().toUpperCase()
  return /^[A-Z]{2}$/.test(key) ? key : CODES[key]
}
