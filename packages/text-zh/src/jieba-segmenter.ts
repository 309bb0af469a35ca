import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'
import type { Segmenter } from '@chuhai/core'

/** Frequency given to user-dictionary words: high enough that jieba keeps them whole. */
const USER_WORD_FREQUENCY = 200_000

/**
 * The `Segmenter` port over jieba (`@node-rs/jieba`, native), with jieba's default dictionary plus a
 * user dictionary of domain terms (the glossary headwords), so that 源极, 介电层 or 卷积神经网络
 * come out as single words. HMM discovery of unknown words is off: an unknown run of characters is
 * better split into known words (which the translator can handle) than guessed as one.
 */
export class JiebaSegmenter implements Segmenter {
  readonly language = 'zh'
  private readonly jieba: Jieba

  constructor(userWords: Iterable<string> = []) {
    this.jieba = Jieba.withDict(dict)
    const lines: string[] = []
    for (const w of userWords) {
      if (/\s/.test(w) || w === '') {
        continue
      }
      lines.push(`${w} ${USER_WORD_FREQUENCY}`)
    }
    if (lines.length > 0) {
      this.jieba.loadDict(Buffer.from(lines.join('\n') + '\n', 'utf8'))
    }
  }

  segment(text: string): readonly string[] {
    return this.jieba.cut(text, false)
  }
}
