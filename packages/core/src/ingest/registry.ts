import type { PatentParser } from './parser.js'
// PARSER IMPORTS (keep sorted; one line per format folder)

/**
 * Every parser, in detection order (house style R6: an explicit static registry, no registration
 * by import side effect). The first parser whose `detect` accepts a document's head parses it.
 */
export const PARSERS: readonly PatentParser[] = [
  // PARSER LIST
]

/** The first parser that recognises `head`, or `undefined`. */
export function detectParser(
  head: string,
  parsers: readonly PatentParser[] = PARSERS,
): PatentParser | undefined {
  return parsers.find((p) => p.detect(head))
}
