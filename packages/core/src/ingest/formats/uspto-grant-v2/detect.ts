/**
 * Sniffs an ST.32 grant: a `PATDOC` DOCTYPE (XML 2002–2004 and SGML 2001 alike, where hundreds of
 * image entity declarations can push the root element past the head) or the `PATDOC` root itself.
 * Cheap: two regular expressions over the head. Never matches `us-patent-grant` (v4).
 *
 * @example detectPatdoc('<!DOCTYPE PATDOC SYSTEM "ST32-US-Grant-025xml.dtd" [') // true
 */
export function detectPatdoc(head: string): boolean {
  return /<!DOCTYPE\s+PATDOC[\s[>]/.test(head) || /<PATDOC[\s>]/.test(head)
}
