/** Result of decoding a document's bytes. */
export type Decoded =
  | {
      readonly ok: true
      readonly text: string
      readonly encoding: string
      readonly warning?: string
    }
  | {
      readonly ok: false
      readonly encoding: string
      readonly byteOffset: number
      readonly reason: string
    }

const LATIN1 = new Set([
  'iso-8859-1',
  'latin1',
  'latin-1',
  'us-ascii',
  'ascii',
  'windows-1252',
  'cp1252',
])

/**
 * Decodes one document. XML is decoded strictly in its declared encoding (UTF-8 by default):
 * a byte sequence that is not valid in that encoding is a wrong-encoding error with its offset.
 * Text formats (APS, BRS) predate UTF-8 and fall back to Windows-1252 with a warning.
 */
export function decodeDocument(bytes: Uint8Array, options: { readonly text: boolean }): Decoded {
  const declared = declaredEncoding(bytes)
  const label = declared && LATIN1.has(declared) ? 'windows-1252' : 'utf-8'
  if (label === 'windows-1252') {
    return {
      ok: true,
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: declared ?? label,
    }
  }
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    if (declared === 'utf-16' || declared === 'utf-16le' || declared === 'utf-16be') {
      return { ok: true, text: new TextDecoder(declared).decode(bytes), encoding: declared }
    }
    return {
      ok: false,
      encoding: declared,
      byteOffset: 0,
      reason: `unsupported declared encoding "${declared}"`,
    }
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
    return { ok: true, text, encoding: 'utf-8' }
  } catch {
    const at = firstInvalidUtf8(bytes)
    if (options.text) {
      return {
        ok: true,
        text: new TextDecoder('windows-1252').decode(bytes),
        encoding: 'windows-1252',
        warning: `not UTF-8 (invalid byte at +${at}); read as Windows-1252`,
      }
    }
    const hex = (bytes[at] ?? 0).toString(16).padStart(2, '0')
    return {
      ok: false,
      encoding: 'utf-8',
      byteOffset: at,
      reason: `byte 0x${hex} at +${at} is not valid UTF-8 (declared ${declared ?? 'UTF-8 by default'})`,
    }
  }
}

/** The `encoding` pseudo-attribute of the XML declaration, lower-cased, if any. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  let head = ''
  const n = Math.min(bytes.length, 200)
  for (let i = 0; i < n; i++) {
    head += String.fromCharCode(bytes[i]!)
  }
  const m =
    /^\s*(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(
      head,
    )
  return m?.[1]?.toLowerCase()
}

/** Offset of the first byte that breaks UTF-8, or the length when none does. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    let need = 0
    if (b < 0x80) {
      i++
      continue
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
    } else {
      return i
    }
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) {
        return i
      }
    }
    i += need + 1
  }
  return bytes.length
}
