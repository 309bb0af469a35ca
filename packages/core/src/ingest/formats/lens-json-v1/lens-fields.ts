import type { ParseIssue } from '../../parser.js'

/** A JSON object as parsed. */
export type JsonObject = Readonly<Record<string, unknown>>

/**
 * Typed reads of a Lens record that never throw: a field of the wrong type is a warning with its
 * path, and the record goes on without it.
 */
export class LensReader {
  readonly issues: ParseIssue[] = []

  /** A string field (numbers are written out); `''` when absent. */
  string(obj: JsonObject | undefined, key: string, path = key): string {
    const v = obj?.[key]
    if (v === undefined || v === null) {
      return ''
    }
    if (typeof v === 'string') {
      return v.trim()
    }
    if (typeof v === 'number') {
      return String(v)
    }
    this.warn(path, `expected text, got ${typeof v}`)
    return ''
  }

  /** An object field, or `undefined`. */
  object(obj: JsonObject | undefined, key: string, path = key): JsonObject | undefined {
    const v = obj?.[key]
    if (v === undefined || v === null) {
      return undefined
    }
    if (typeof v === 'object' && !Array.isArray(v)) {
      return v as JsonObject
    }
    this.warn(path, 'expected an object')
    return undefined
  }

  /** The objects of an array field (other entries are warned about and dropped). */
  objects(obj: JsonObject | undefined, key: string, path = key): JsonObject[] {
    const v = obj?.[key]
    if (v === undefined || v === null) {
      return []
    }
    if (!Array.isArray(v)) {
      this.warn(path, 'expected a list')
      return []
    }
    return v.filter((e, i): e is JsonObject => {
      const ok = typeof e === 'object' && e !== null && !Array.isArray(e)
      if (!ok) {
        this.warn(`${path}[${i}]`, 'expected an object')
      }
      return ok
    })
  }

  /** The strings of an array field. */
  strings(obj: JsonObject | undefined, key: string, path = key): string[] {
    const v = obj?.[key]
    if (v === undefined || v === null) {
      return []
    }
    if (!Array.isArray(v)) {
      this.warn(path, 'expected a list')
      return []
    }
    return v.filter((e): e is string => typeof e === 'string')
  }

  /** Records a warning (the record is kept). */
  warn(field: string, detail: string): void {
    this.issues.push({
      severity: 'warning',
      code: 'PARSE_INVALID_FIELD',
      message: `invalid value in ${field}: ${detail}`,
      field,
    })
  }
}
