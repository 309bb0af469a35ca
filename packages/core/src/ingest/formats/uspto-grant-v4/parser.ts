import type { PatentParser } from '../../parser.js'
import { parseV4Document, type V4Variant } from '../uspto-v4-common/parse-v4.js'
import { detectUsptoGrantV4 } from './detect.js'

const VARIANT: V4Variant = {
  format: 'uspto-grant-v4',
  root: 'us-patent-grant',
  biblio: 'us-bibliographic-data-grant',
  stage: 'grant',
}

/**
 * USPTO full-text grants in the ICE `us-patent-grant` DTDs v4.0–v4.7 (2005–2025): utility
 * (B1/B2), design (S1), plant (P2/P3), reissue (E/E1) and statutory invention registrations (H).
 *
 * @example
 * const result = usptoGrantV4.parse(xml, { file: 'ipg250107.xml', offset: 0 })
 * result.record?.id // 'US-11147202-B2'
 */
export const usptoGrantV4: PatentParser = {
  id: VARIANT.format,
  office: 'US',
  description: 'USPTO grant full text, ICE us-patent-grant DTD v4.0–v4.7 (2005–2025)',
  detect: detectUsptoGrantV4,
  parse: (text, context) => parseV4Document(text, context, VARIANT),
}
