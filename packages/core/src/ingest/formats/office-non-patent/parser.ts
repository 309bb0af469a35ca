import type { ParseResult, PatentParser } from '../../parser.js'
import { readRootElement, type RootElement } from '../non-patent/root-element.js'

/** A kind of document that arrives among office data but is not a patent publication. */
interface Kind {
  readonly matches: (root: RootElement | undefined, head: string) => boolean
  readonly describe: (root: RootElement | undefined) => string
}

const OOXML = /^http:\/\/schemas\.openxmlformats\.org\//

const KINDS: readonly Kind[] = [
  {
    // DTDs and entity sets shipped beside the data (docdb-entities.dtd).
    matches: (root, head) =>
      !root && /^(?:\uFEFF)?\s*(?:<!--[\s\S]*?-->\s*)*<!(?:ENTITY|ELEMENT|ATTLIST)\s/.test(head),
    describe: () => 'DTD or entity declarations',
  },
  {
    // Parts of an .xlsx/.docx read as a zip (EPO legal code tables ship as Excel workbooks).
    matches: (root) =>
      root !== undefined &&
      (OOXML.test(root.namespace ?? '') ||
        ['Types', 'Relationships', 'coreProperties'].includes(root.local)),
    describe: (root) =>
      `Office Open XML part <${root?.name ?? '?'}> (spreadsheet or document internals)`,
  },
  {
    // WIPO ST.36 packages: toc.xml lists the package's files (DOC00001.xml, images, PDF).
    matches: (root) => root?.local === 'Application-body' || root?.doctype === 'Application-body',
    describe: () => 'WIPO ST.36 package table of contents (toc.xml)',
  },
  {
    // ST.96 instances of IP rights other than patents.
    matches: (root) =>
      root !== undefined &&
      ['TrademarkApplication', 'GIApplication', 'DesignApplication'].includes(root.local),
    describe: (root) => `WIPO ST.96 ${root?.local ?? ''} (not a patent publication)`,
  },
  {
    matches: (root) => (root?.namespace ?? '').startsWith('urn:us:gov:doc:uspto:trademark'),
    describe: (root) => `USPTO trademark document <${root?.local ?? '?'}>`,
  },
  {
    // USPTO assignment search (Solr) answers: ownership records, not publications.
    matches: (root, head) => root?.local === 'response' && /<lst name="responseHeader">/.test(head),
    describe: () => 'USPTO assignment search response (ownership records, not publications)',
  },
]

function kindOf(head: string): { kind: Kind; root: RootElement | undefined } | undefined {
  const root = readRootElement(head)
  const kind = KINDS.find((k) => k.matches(root, head))
  return kind ? { kind, root } : undefined
}

/**
 * Recognises files that come with office data but hold no patent publication — DTDs and entity
 * sets, Office Open XML parts of spreadsheets, ST.36 package tables of contents, ST.96 trademark,
 * GI and design applications, USPTO trademark documents and assignment search answers — and skips
 * them with a reason instead of failing them as unknown formats.
 */
export const officeNonPatent: PatentParser = {
  id: 'office-non-patent',
  office: 'WO',
  description:
    'Recognised non-publications in office data (DTDs, OOXML parts, ST.36 toc, ST.96 TM/GI/design)',
  detect: (head) => kindOf(head) !== undefined,
  parse(text): ParseResult {
    const found = kindOf(text.slice(0, 4096))
    return {
      issues: [],
      skipped: found ? found.kind.describe(found.root) : 'not a patent publication',
    }
  },
}
