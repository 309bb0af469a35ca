/**
 * Sniffs a USPTO pre-grant publication in the PAP DTD (v1.5 2001, v1.6 2002–2004): the
 * `patent-application-publication` DOCTYPE or root element. The root counts even under a wrong
 * DOCTYPE (some 2001 files carry a bogus XHTML one and no XML declaration). Never matches
 * `us-patent-application` (v4).
 *
 * @example detectPap('<!DOCTYPE patent-application-publication SYSTEM "pap-v16-2002-01-01.dtd">') // true
 */
export function detectPap(head: string): boolean {
  return (
    /<!DOCTYPE\s+patent-application-publication[\s[>]/.test(head) ||
    /<patent-application-publication[\s>]/.test(head)
  )
}
