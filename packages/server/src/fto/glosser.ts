import { isCjkText, type TextGlosser } from '@chuhai/core/fto'

let union: Promise<TextGlosser> | undefined

/**
 * The glosser `chuhai fto` uses for a Chinese description (the clir layer's segmentation and
 * glossary plus every CC-CEDICT word), loaded once per process and only when a text needs it.
 */
export async function glosserFor(text: string): Promise<TextGlosser | undefined> {
  if (!isCjkText(text)) {
    return undefined
  }
  union ??= (async () => {
    const { createTextZhGlosser } = await import('@chuhai/cli/clir/text-zh-glosser')
    const { createCedictGlosser } = await import('@chuhai/cli/clir/cedict-glosser')
    const { unionGlosser } = await import('@chuhai/cli/clir/union-glosser')
    return unionGlosser([await createTextZhGlosser(), await createCedictGlosser()])
  })()
  return union
}
