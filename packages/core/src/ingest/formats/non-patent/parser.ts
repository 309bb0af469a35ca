import { errorMessage } from '../../../errors.js'
import type { ParseContext, ParseResult, PatentParser } from '../../parser.js'
import { formatPublicationId, parsePublicationNumber } from '../../../model/publication-number.js'
import { readRootElement, type RootElement } from './root-element.js'

/** Namespace of USPTO file-wrapper (XML4IP) documents: claims, specification, abstract. */
export const XML4IP_NAMESPACE = 'urn:us:gov:doc:uspto:patent'

/** A recognised kind of non-patent document. */
interface NonPatentKind {
  readonly matches: (root: RootElement) => boolean
  /** What the document is, for the skip reason. */
  readonly describe: (text: string, root: RootElement) => string
  /** The publication it belongs to, when it names one. */
  readonly documentNumber?: (text: string) => string | undefined
}

const KINDS: readonly NonPatentKind[] = [
  {
    // Sequence listings ship between grants in the weekly files, under their own DOCTYPE.
    matches: (r) => r.local === 'sequence-cwu' || r.doctype === 'sequence-cwu',
    describe: () => 'sequence listing (sequence-cwu)',
    documentNumber: publicationOf,
  },
  {
    matches: (r) => r.local === 'class-scheme',
    describe: (text) => {
      const type = /<class-scheme[^>]*\sscheme-type="([^"]*)"/.exec(text)?.[1]?.toUpperCase()
      const first = /<classification-symbol>\s*([^<\s]+)/.exec(text)?.[1]
      return `${type ?? 'CPC'} classification scheme (class-scheme${first ? ` ${first}` : ''})`
    },
  },
  {
    matches: (r) => r.local === 'CPCMasterClassificationFile',
    describe: (text) => {
      const records = text.match(/<(?:[\w.-]+:)?CPCMasterClassificationRecord[\s>]/g)?.length ?? 0
      return `CPC master classification file (${records} record${records === 1 ? '' : 's'})`
    },
  },
  {
    matches: (r) => r.namespace === XML4IP_NAMESPACE && r.local.endsWith('Document'),
    describe: (text, root) => {
      const code = /<(?:[\w.-]+:)?DocumentCode>\s*([^<\s]+)/.exec(text)?.[1]
      const application = /<(?:[\w.-]+:)?ApplicationNumber>\s*([^<\s]+)/.exec(text)?.[1]
      const of = application ? ` of application ${application}` : ''
      return `XML4IP file-wrapper document ${root.name}${code ? ` (${code})` : ''}${of}`
    },
  },
]

function kindOf(head: string): { kind: NonPatentKind; root: RootElement } | undefined {
  const root = readRootElement(head)
  const kind = root ? KINDS.find((k) => k.matches(root)) : undefined
  return kind && root ? { kind, root } : undefined
}

/** The publication a sequence listing belongs to: `US-7521234-B2`. */
function publicationOf(text: string): string | undefined {
  const head = text.slice(0, 8192)
  const ref = /<publication-reference>([\s\S]*?)<\/publication-reference>/.exec(head)?.[1] ?? ''
  const part = (name: string) => new RegExp(`<${name}>\\s*([^<]*?)\\s*</${name}>`).exec(ref)?.[1]
  const pn = parsePublicationNumber(
    `${part('country') ?? ''}${part('doc-number') ?? ''}${part('kind') ?? ''}`,
  )
  return pn ? formatPublicationId(pn) : undefined
}

/**
 * Recognises documents that arrive with patent data but are not patent publications: sequence
 * listings (`sequence-cwu`), CPC scheme files (`class-scheme`), CPC master classification files
 * and XML4IP file-wrapper documents (claims, specification, abstract of an application). They are
 * skipped with a reason, not failed. Keep this parser last in the registry.
 */
export const nonPatentDocuments: PatentParser = {
  id: 'non-patent',
  office: 'US',
  description: 'Recognised non-patent documents (sequence listings, CPC scheme/master, XML4IP)',
  detect(head: string): boolean {
    return kindOf(head) !== undefined
  },
  parse(text: string, _context: ParseContext): ParseResult {
    const found = kindOf(text.slice(0, 8192))
    if (!found) {
      const message = errorMessage('PARSE_UNKNOWN_FORMAT', 'not a recognised non-patent document')
      return { issues: [{ severity: 'error', code: 'PARSE_UNKNOWN_FORMAT', message }] }
    }
    const what = found.kind.describe(text, found.root)
    const documentNumber = found.kind.documentNumber?.(text)
    return {
      issues: [],
      skipped: `${what} — not a patent publication`,
      ...(documentNumber ? { documentNumber } : {}),
    }
  },
}
