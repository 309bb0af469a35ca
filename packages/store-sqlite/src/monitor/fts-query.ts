/**
 * Turns a watch's `--query` into an FTS5 MATCH expression: words and "quoted phrases" become
 * quoted FTS5 strings (so `-`, `:` or `*` in a word cannot inject syntax), AND/OR/NOT and
 * parentheses are kept, a trailing `*` on a word stays a prefix search. Words next to each other
 * are ANDed. Until the search port lands this is the whole query language of a watch.
 * @example toFtsMatch('robot (gait OR locomotion) NOT wheel*') // '"robot" ("gait" OR "locomotion") NOT "wheel"*'
 */
export function toFtsMatch(query: string): string {
  const out: string[] = []
  const re = /"([^"]*)"|(\()|(\))|([^\s()"]+)/g
  for (let m = re.exec(query); m !== null; m = re.exec(query)) {
    if (m[1] !== undefined) {
      if (m[1].trim() !== '') {
        out.push(quote(m[1]))
      }
    } else if (m[2] ?? m[3]) {
      out.push(m[2] ?? m[3]!)
    } else {
      const word = m[4]!
      if (word === 'AND' || word === 'OR' || word === 'NOT') {
        out.push(word)
      } else if (word.endsWith('*') && word.length > 1) {
        out.push(`${quote(word.slice(0, -1))}*`)
      } else {
        out.push(quote(word))
      }
    }
  }
  return out.join(' ')
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`
}
