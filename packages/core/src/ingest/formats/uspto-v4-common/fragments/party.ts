import { personName, type Party } from '../../../../model/party.js'
import { child, text } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { parseCount, prune } from '../context.js'

/** Fields of an `addressbook` (or of an element holding the same children inline). */
interface Book {
  orgname?: string
  'last-name'?: string
  'first-name'?: string
  'middle-name'?: string
  suffix?: string
  name?: string
  role?: string
  city?: string
  state?: string
  country?: string
}

const BOOK_FIELDS = new Set([
  'orgname',
  'last-name',
  'first-name',
  'middle-name',
  'suffix',
  'name',
  'role',
])
const ADDRESS_FIELDS = new Set(['city', 'state', 'country'])

function readBook(el: XmlElement, book: Book): void {
  for (const c of el.children) {
    if (typeof c === 'string') {
      continue
    }
    if (BOOK_FIELDS.has(c.name)) {
      book[c.name as keyof Book] ??= text(c) || undefined
    } else if (c.name === 'address') {
      for (const a of c.children) {
        if (typeof a !== 'string' && ADDRESS_FIELDS.has(a.name)) {
          book[a.name as keyof Book] ??= text(a) || undefined
        }
      }
    }
  }
}

/** An ST.3 code, or `undefined` for USPTO's placeholders (`omitted`, `unknown`, `XX`). */
function countryCode(raw: string | undefined): string | undefined {
  const c = raw?.trim().toUpperCase()
  return c && /^[A-Z]{2}$/.test(c) && c !== 'XX' ? c : undefined
}

/**
 * Maps one party element (`applicant`, `us-applicant`, `inventor`, `agent`, `assignee`,
 * `primary-examiner`…). Names come from its `addressbook`, or from the element itself when the
 * fields are inline (assignees of the 2005 DTD, examiners). `orgname` makes an organization,
 * `last-name`/`first-name` a person, a bare `name` a party of unknown kind. The country is the
 * address country, else the residence, else the nationality. Returns `undefined` without a name.
 */
export function readParty(el: XmlElement, roleCode?: string): Party | undefined {
  const book: Book = {}
  const addressbook = child(el, 'addressbook')
  if (addressbook) {
    readBook(addressbook, book)
  }
  readBook(el, book)
  const first = [book['first-name'], book['middle-name']].filter(Boolean).join(' ') || undefined
  const last = book['last-name']
  let name: string
  let kind: Party['kind']
  if (book.orgname) {
    name = book.orgname
    kind = 'organization'
  } else if (last || first) {
    name = personName(last, first)
    if (book.suffix) {
      name = `${name}, ${book.suffix}`
    }
    kind = 'person'
  } else if (book.name) {
    name = book.name
    kind = 'unknown'
  } else {
    return undefined
  }
  const country =
    countryCode(book.country) ??
    countryCode(text(child(child(el, 'residence'), 'country'))) ??
    countryCode(text(child(child(el, 'nationality'), 'country')))
  return prune({
    name,
    kind,
    lastName: kind === 'person' ? last : undefined,
    firstName: kind === 'person' ? first : undefined,
    country,
    city: book.city,
    state: book.state,
    roleCode: book.role ?? roleCode,
    sequence: parseCount(el.attrs.sequence),
  })
}
