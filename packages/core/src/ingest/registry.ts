import type { PatentParser } from './parser.js'
import type { RowParser } from './tables/row-parser.js'
// PARSER IMPORTS (keep sorted; one line per format folder)
import { cnipaSt36 } from './formats/cnipa-st36/parser.js'
import { cnipaSt96 } from './formats/cnipa-st96/parser.js'
import { cpcMultilabelCsv } from './formats/cpc-multilabel-csv/parser.js'
import { epoDocdb } from './formats/epo-docdb/parser.js'
import { epoOps } from './formats/epo-ops/parser.js'
import { epoPublicationV1 } from './formats/epo-publication-v1/parser.js'
import { googlePatentsBq } from './formats/google-patents-bq/parser.js'
import { jpoGazette } from './formats/jpo-gazette/parser.js'
import { lensJson2020 } from './formats/lens-json-2020/parser.js'
import { lensJsonV1 } from './formats/lens-json-v1/parser.js'
import { nonPatentDocuments } from './formats/non-patent/parser.js'
import { officeNonPatent } from './formats/office-non-patent/parser.js'
import { usptoApplicationV4 } from './formats/uspto-application-v4/parser.js'
import { usptoAps } from './formats/uspto-aps/parser.js'
import { usptoBrs } from './formats/uspto-brs/parser.js'
import { usptoGrantV2 } from './formats/uspto-grant-v2/parser.js'
import { usptoGrantV4 } from './formats/uspto-grant-v4/parser.js'
import { usptoOdpJson } from './formats/uspto-odp-json/parser.js'
import { usptoPapV1 } from './formats/uspto-pap-v1/parser.js'
import { wipoSt96 } from './formats/wipo-st96/parser.js'

/**
 * Every parser, in detection order (house style R6: an explicit static registry, no registration
 * by import side effect). The first parser whose `detect` accepts a document's head parses it.
 */
export const PARSERS: readonly PatentParser[] = [
  // PARSER LIST
  usptoAps,
  usptoBrs,
  usptoGrantV2,
  usptoGrantV4,
  usptoApplicationV4,
  usptoPapV1,
  googlePatentsBq,
  lensJson2020,
  lensJsonV1,
  epoPublicationV1,
  epoDocdb,
  epoOps,
  cnipaSt36,
  jpoGazette,
  cnipaSt96,
  wipoSt96,
  usptoOdpJson,
  // Keep last: it claims sequence listings, CPC files and XML4IP documents that no format owns.
  nonPatentDocuments,
  officeNonPatent,
]

/** The first parser that recognises `head`, or `undefined`. */
export function detectParser(
  head: string,
  parsers: readonly PatentParser[] = PARSERS,
): PatentParser | undefined {
  return parsers.find((p) => p.detect(head))
}

/**
 * Every parser of one-publication-per-row tables, in detection order, tried on a CSV/TSV header
 * that is no PatentsView table (those are joined across files instead).
 */
export const ROW_PARSERS: readonly RowParser[] = [cpcMultilabelCsv]

/** The first row parser that recognises a table's header columns, or `undefined`. */
export function detectRowParser(
  columns: readonly string[],
  parsers: readonly RowParser[] = ROW_PARSERS,
): RowParser | undefined {
  return parsers.find((p) => p.detect(columns))
}
