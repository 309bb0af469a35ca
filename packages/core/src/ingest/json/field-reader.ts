import type { ParseIssue } from '../parser.js'

/** A JSON object as parsed, read field by field so that one odd field never sinks the record. */
export type JsonObject = Readonly<Record<string, unknown>>

/** Collects warnings about fields of unexpected type while a record is read. */
export class FieldReader {
  readonly issues: ParseIssue[] = []

  /** A string field (numbers are accepted as their decimal text); `''` when absent or null. */
  string(obj: JsonObject, key: string, path = key): string {
    const v = obj[key]
    if (v === undefined || v === null) {
      return ''
    }
    if (typeof v === 'string') {
      return v.trim()
    }
    if (typeof v === 'number' && Number.isFinite(v)) {
      return String(v)
    }
    this.warn(path, `expected a string, got ${typeof v}`)
    return ''
  }

  /** An array field; objects of the wrong shape are dropped with a warning. */
  objects(obj: JsonObject, key: string): JsonObject[] {
    return this.array(obj, key).filter((v, i): v is JsonObject => {
      const ok = typeof v === 'object' && v !== null && !Array.isArray(v)
      if (!ok) {
        this.warn(`${key}[${i}]`, 'expected an object')
      }
      return ok
    })
  }

  /** An array of strings (BigQuery `inventor`, `assignee`). */
  strings(obj: JsonObject, key: string): string[] {
    return this.array(obj, key)
      .map((v, i) => (typeof v === 'string' ? v.trim() : this.string({ v }, 'v', `${key}[${i}]`)))
      .filter((s) => s !== '')
  }

  array(obj: JsonObject, key: string): unknown[] {
    const v = obj[key]
    if (v === undefined || v === null) {
      return []
    }
    if (!Array.isArray(v)) {
      this.warn(key, 'expected an array')
      return []
    }
    return v
  }

  warn(field: string, message: string): void {
    this.issues.push({
      severity: 'warning',
      code: 'PARSE_INVALID_FIELD',
      message: `invalid value in ${field}: ${message}`,
      field,
    })
  }
}
