import type { QueryNode } from './ast.js'

/**
 * Prints an AST in the query language's canonical form: upper-case operators, explicit `AND`,
 * parentheses around every nested `AND`/`OR`/`NEAR` group, `NEAR/n` with its distance and date
 * ranges as `[YYYY-MM-DD TO YYYY-MM-DD]`. `parseQuery(printQuery(node), { mode: 'boolean' })`
 * gives back an equal AST (a property test checks this); `text` nodes print as their text.
 */
export function printQuery(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
      return node.text + (node.prefix ? '*' : '')
    case 'phrase':
      return `"${node.words.join(' ')}"`
    case 'and':
      return node.children.map(group).join(' AND ')
    case 'or':
      return node.children.map(group).join(' OR ')
    case 'not':
      return `NOT ${group(node.child)}`
    case 'near':
      return node.children.map(printQuery).join(` NEAR/${node.distance} `)
    case 'field': {
      const child = node.child
      const inner =
        child.kind === 'term' || child.kind === 'phrase'
          ? printQuery(child)
          : `(${printQuery(child)})`
      return `${node.field}:${inner}`
    }
    case 'keyword':
      return `${node.field}:${node.quoted || /[\s()[\]":]/u.test(node.value) ? `"${node.value}"` : node.value}`
    case 'date':
      return `${node.field}:[${node.from ?? '*'} TO ${node.to ?? '*'}]`
    case 'text':
      return node.text
  }
}

function group(node: QueryNode): string {
  return node.kind === 'and' || node.kind === 'or' || node.kind === 'near' || node.kind === 'text'
    ? `(${printQuery(node)})`
    : printQuery(node)
}
