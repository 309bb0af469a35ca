import { errorMessage } from '../../../errors.js'
import type { ParseIssue } from '../../parser.js'

/**
 * What every section mapper of the USPTO v4 formats shares: the document language and a sink for
 * warnings. Mappers never throw on odd data; they skip the odd value and say why here.
 */
export interface MapContext {
  /** Language of the document (`lang` of the root element), default `en`. */
  readonly lang: string
  /** Records a warning about one field; the record is still produced. */
  warn(field: string, detail: string): void
}

/** A `MapContext` that collects its warnings into `issues`. */
export function createMapContext(lang: string, issues: ParseIssue[]): MapContext {
  return {
    lang,
    warn(field, detail) {
      issues.push({
        severity: 'warning',
        code: 'PARSE_INVALID_FIELD',
        message: errorMessage('PARSE_INVALID_FIELD', field, detail),
        field,
      })
    },
  }
}

/**
 * Drops the keys of `value` that hold `undefined` or an empty string, so that optional fields are
 * absent rather than empty in stored JSON. Returns `value` itself when there is nothing to drop,
 * else a copy without those keys: `delete` would turn the object into a slow dictionary, and
 * validation and storage read every record.
 */
export function prune<T extends object>(value: T): T {
  const record = value as Record<string, unknown>
  for (const key in record) {
    const v = record[key]
    if (v === undefined || v === '') {
      const out: Record<string, unknown> = {}
      for (const k in record) {
        const w = record[k]
        if (w !== undefined && w !== '') {
          out[k] = w
        }
      }
      return out as T
    }
  }
  return value
}

/** Parses a non-negative integer printed with optional leading zeros (`00012`); else `undefined`. */
export function parseCount(raw: string | undefined): number | undefined {
  if (raw === undefined || !/^\s*\d+\s*$/.test(raw)) {
    return undefined
  }
  return Number(raw)
}
