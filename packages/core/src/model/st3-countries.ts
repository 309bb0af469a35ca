/**
 * WIPO Standard ST.3 two-letter codes that may appear as the office or country of a patent
 * document: the ISO 3166-1 alpha-2 countries, the regional and international organisations
 * (EP, WO, EA, AP, OA, GC, EM, IB, XN, XV, XX…), and the historical codes DOCDB still holds for
 * documents of states that no longer exist (SU, DD, YU, CS, DL, RH, ZR…).
 * Source: WIPO Handbook on Industrial Property Information and Documentation, Standard ST.3
 * (revision of November 2023), Annexes A and B; historical codes from ST.3 Annex B.
 */
const ISO_3166 =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
  'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
  'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
  'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
  'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
/** ST.3 Annex A codes of organisations, plus KV (Kosovo, used by the EPO) and UP (Unitary Patent). */
const ORGANISATIONS = 'AP BX EA EM EP GC IB OA QZ WO XN XU XV XX KV UP'
/** ST.3 Annex B: former states whose documents remain in the collections. */
const HISTORICAL = 'CS DD DL RH SU YU ZR BU DY HV NH TP YD YV AN'

const CODES: ReadonlySet<string> = new Set(
  `${ISO_3166} ${ORGANISATIONS} ${HISTORICAL}`.split(/\s+/).filter(Boolean),
)

/** True when `code` is an ST.3 office or country code (upper case, two letters). */
export function isSt3Code(code: string | undefined): boolean {
  return code !== undefined && CODES.has(code)
}
