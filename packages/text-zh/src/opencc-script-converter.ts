import * as OpenCC from 'opencc-js'
import type { ChineseScript, ScriptConverter } from '@chuhai/core'

/**
 * opencc-js's own declarations re-export from './core' without an extension, which does not
 * resolve under `nodenext`; this is the one signature we use, typed structurally.
 */
type ConverterFactory = (options: { from: string; to: string }) => (text: string) => string
const converter = (OpenCC as unknown as { Converter: ConverterFactory }).Converter

/**
 * The `ScriptConverter` port over OpenCC (`opencc-js`): Traditional text is converted with Taiwan
 * phrase conversion (`twp` → `cn`: 網路 → 网络, 軟體 → 软件, 記憶體 → 内存), then Hong Kong
 * character variants (`hk` → `cn`); Simplified text passes unchanged.
 */
export class OpenccScriptConverter implements ScriptConverter {
  private readonly twToCn = converter({ from: 'twp', to: 'cn' })
  private readonly hkToCn = converter({ from: 'hk', to: 'cn' })
  private readonly cnToTw = converter({ from: 'cn', to: 'twp' })
  private readonly tToCn = converter({ from: 't', to: 'cn' })

  detect(text: string): ChineseScript {
    // Characters that change under plain Traditional → Simplified conversion are Traditional.
    const converted = this.tToCn(text)
    let changed = 0
    let han = 0
    const a = [...text]
    const b = [...converted]
    for (let i = 0; i < a.length && i < b.length; i++) {
      if (!/\p{Script=Han}/u.test(a[i]!)) {
        continue
      }
      han++
      if (a[i] !== b[i]) {
        changed++
      }
    }
    return han > 0 && changed / han >= 0.02 ? 'hant' : 'hans'
  }

  toSimplified(text: string): string {
    if (this.detect(text) === 'hans') {
      return text
    }
    return this.hkToCn(this.twToCn(text))
  }

  toTraditional(text: string): string {
    return this.cnToTw(text)
  }
}
