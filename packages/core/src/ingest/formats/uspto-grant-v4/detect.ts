import { sniffUsptoV4 } from '../uspto-v4-common/detect.js'

/**
 * True when `head` (the first KB of one document) is a USPTO grant in the ICE DTD v4.x
 * (`<us-patent-grant dtd-version="v4.5 2014-04-03">`, 2005 onwards).
 */
export function detectUsptoGrantV4(head: string): boolean {
  return sniffUsptoV4(head, 'us-patent-grant')
}
