import { sniffUsptoV4 } from '../uspto-v4-common/detect.js'

/**
 * True when `head` (the first KB of one document) is a USPTO pre-grant publication in the ICE
 * DTD v4.x (`<us-patent-application dtd-version="v4.6 2022-02-17">`, 2005 onwards).
 */
export function detectUsptoApplicationV4(head: string): boolean {
  return sniffUsptoV4(head, 'us-patent-application')
}
