import type { PatentParser } from '../../parser.js'
import { parseV4Document, type V4Variant } from '../uspto-v4-common/parse-v4.js'
import { detectUsptoApplicationV4 } from './detect.js'

const VARIANT: V4Variant = {
  format: 'uspto-application-v4',
  root: 'us-patent-application',
  biblio: 'us-bibliographic-data-application',
  stage: 'application',
}

/**
 * USPTO pre-grant publications (A1, A2, A9) in the ICE `us-patent-application` DTDs v4.0–v4.7
 * (2005–2025).
 *
 * @example
 * const result = usptoApplicationV4.parse(xml, { file: 'ipa250109.xml', offset: 0 })
 * result.record?.id // 'US-20230080311-A1'
 */
export const usptoApplicationV4: PatentParser = {
  id: VARIANT.format,
  office: 'US',
  description: 'USPTO pre-grant publication full text, ICE us-patent-application DTD v4.0–v4.7',
  detect: detectUsptoApplicationV4,
  parse: (text, context) => parseV4Document(text, context, VARIANT),
}
