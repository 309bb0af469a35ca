import type { Lang } from '../types.js'
import { COMMON_MESSAGES } from './common-messages.js'
import { HINT_MESSAGES } from './hint-messages.js'
import { RISK_MESSAGES } from './risk-messages.js'
import { STEP_MESSAGES } from './step-messages.js'
import { SUGGESTION_MESSAGES } from './suggestion-messages.js'

/** Every user-facing string of the eligibility pre-check, keyed, in English and Chinese. */
export const MESSAGES = {
  ...COMMON_MESSAGES,
  ...STEP_MESSAGES,
  ...RISK_MESSAGES,
  ...SUGGESTION_MESSAGES,
  ...HINT_MESSAGES,
} as const satisfies Record<string, Readonly<Record<Lang, string>>>

/** The key of a user-facing string. */
export type MessageKey = keyof typeof MESSAGES

/** Whether `key` names a message (step titles are looked up by composed keys). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES, key)
}

/** Marks a parameter value as a message key to be translated too, e.g. `ref('group.math')`. */
export function ref(key: MessageKey): string {
  return `#${key}`
}

/**
 * Renders a message in `lang`, filling `{name}` placeholders. Values made with `ref` are
 * translated; lists are joined with ", " in English and "、" in Chinese; an empty list is "—".
 * @example translate('report.claim', 'zh', { number: 1 }) // "权利要求1"
 */
export function translate(
  key: MessageKey,
  lang: Lang,
  params: Readonly<Record<string, string | number | readonly string[]>> = {},
): string {
  const one = (value: string): string => {
    const inner = value.slice(1)
    return value.startsWith('#') && isMessageKey(inner) ? MESSAGES[inner][lang] : value
  }
  return MESSAGES[key][lang].replace(/\{(\w+)\}/gu, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) {
      return whole
    }
    if (typeof value === 'number') {
      return String(value)
    }
    if (typeof value === 'string') {
      return one(value)
    }
    const list = value
    return list.length === 0 ? MESSAGES.none[lang] : list.map(one).join(lang === 'zh' ? '、' : ', ')
  })
}
