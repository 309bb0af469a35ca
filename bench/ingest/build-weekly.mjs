// Builds a weekly-style USPTO grant file of at least TARGET_MB by repeating the real ipg files of
// ../shared (PatentsView-DB fixtures ipgxml/ and alchemy/). Each copy of a document gets a unique
// publication number so that the store really writes every document (re-ingesting identical
// documents would be a no-op and flatter the figure). Usage: node build-weekly.mjs OUT [TARGET_MB]
import { createWriteStream, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

const shared = process.env.CHUHAI_SHARED ?? resolve(import.meta.dirname, '../../../shared')
const base = join(shared, 'data/PatentsView-DB/Assignee_Lawyer_Disambiguation/test/fixtures')
const files = ['ipgxml', 'alchemy'].flatMap((d) =>
  readdirSync(join(base, d))
    .filter((f) => f.endsWith('.xml'))
    .map((f) => join(base, d, f)),
)
const docs = []
for (const f of files) {
  const text = readFileSync(f, 'utf8')
  for (const part of text.split(/(?=^<\?xml )/m)) {
    if (part.includes('<us-patent-grant')) {
      docs.push(part)
    }
  }
}
const out = process.argv[2]
const target = Number(process.argv[3] ?? 210) * 1e6
if (!out) {
  console.error('usage: node build-weekly.mjs OUT [TARGET_MB]')
  process.exit(2)
}
const stream = createWriteStream(out)
let bytes = 0
let serial = 0
outer: for (let round = 0; ; round++) {
  for (const doc of docs) {
    // Replace the first (publication) doc-number with a unique 8-digit number, keeping the length.
    const unique = String(90000000 + serial++)
    const copy = doc.replace(
      /(<publication-reference>\s*<document-id>\s*<country>US<\/country>\s*<doc-number>)[^<]*/,
      `$1${unique}`,
    )
    if (!stream.write(copy)) {
      await new Promise((r) => stream.once('drain', r))
    }
    bytes += Buffer.byteLength(copy)
    if (bytes >= target) {
      break outer
    }
  }
}
await new Promise((r) => stream.end(r))
console.log(JSON.stringify({ file: out, bytes, documents: serial, distinctSources: docs.length }))
