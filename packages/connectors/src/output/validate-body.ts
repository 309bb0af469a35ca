import { parseXmlTree } from '@chuhai/core'
import type { z } from 'zod'

/**
 * A validator for XML bodies: well-formed, with one of the expected root elements. Returns the
 * problem, or `undefined` when the body is fine.
 */
export function expectXml(...roots: readonly string[]): (body: Uint8Array) => string | undefined {
  return (body) => {
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body)
    } catch {
      return 'body is not UTF-8'
    }
    const tree = parseXmlTree(text)
    const problem = tree.problems[0]
    if (problem) {
      return `malformed XML at character ${problem.offset}: ${problem.message}`
    }
    if (!tree.root) {
      return 'empty body'
    }
    return roots.length === 0 || roots.includes(tree.root.name)
      ? undefined
      : `root element <${tree.root.name}>, expected <${roots.join('> or <')}>`
  }
}

/** Parses a JSON body; returns the value or the problem. */
export function parseJsonBody(body: Uint8Array): { value: unknown } | { problem: string } {
  try {
    return { value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body)) as unknown }
  } catch (error) {
    return { problem: `not JSON: ${(error as Error).message}` }
  }
}

/** A validator for JSON bodies against a zod schema of the service's envelope. */
export function expectJson(schema: z.ZodType): (body: Uint8Array) => string | undefined {
  return (body) => {
    const parsed = parseJsonBody(body)
    if ('problem' in parsed) {
      return parsed.problem
    }
    const result = schema.safeParse(parsed.value)
    if (result.success) {
      return undefined
    }
    const issue = result.error.issues[0]!
    return `field ${issue.path.join('.') || '(root)'}: ${issue.message}`
  }
}
