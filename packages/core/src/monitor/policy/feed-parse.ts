import { parseFeed } from 'htmlparser2'
import { createError } from '../../errors.js'
import type { PolicyItemInput } from './policy-source.js'
import { htmlToText } from './html-text.js'

/**
 * Items of an RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 document. The guid is the item's guid/id, else
 * its link, else its title; summaries are reduced to text. Throws `POLICY_FEED_MALFORMED` naming
 * the source when the document is not a feed.
 */
export function parsePolicyFeed(xml: string, source: string): PolicyItemInput[] {
  const feed = parseFeed(xml, { xmlMode: true, decodeEntities: true })
  if (!feed || !['rss', 'atom', 'rdf'].includes(feed.type)) {
    throw createError('POLICY_FEED_MALFORMED', source, 'not an RSS or Atom feed')
  }
  return feed.items.flatMap((item) => {
    const title = (item.title ?? '').trim()
    const guid = (item.id ?? item.link ?? title).trim()
    if (guid === '' || title === '') {
      return []
    }
    return [
      {
        source,
        guid,
        url: item.link,
        title,
        summary: htmlToText(item.description ?? '').slice(0, 4000),
        published:
          item.pubDate && !Number.isNaN(item.pubDate.getTime())
            ? item.pubDate.toISOString().slice(0, 10)
            : undefined,
      },
    ]
  })
}
