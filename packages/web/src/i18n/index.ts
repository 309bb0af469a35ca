import i18next from 'i18next'
import LanguageDetector from 'i18next-browser-languagedetector'
import { initReactI18next } from 'react-i18next'
import en from './en.json'
import zhHans from './zh-Hans.json'
import zhHant from './zh-Hant.json'

/** The languages of the app, as BCP 47 tags, with their own names. */
export const LANGUAGES = [
  { code: 'zh-Hans', label: '简体中文' },
  { code: 'zh-Hant', label: '繁體中文' },
  { code: 'en', label: 'English' },
] as const

/** Browser tags → ours: zh-CN/zh-SG → Simplified, zh-TW/zh-HK/zh-MO → Traditional. */
export function toAppLanguage(tag: string): string {
  const t = tag.toLowerCase()
  if (t.startsWith('zh')) {
    return /hant|tw|hk|mo/.test(t) ? 'zh-Hant' : 'zh-Hans'
  }
  return 'en'
}

void i18next
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: {
      en: { translation: en },
      'zh-Hans': { translation: zhHans },
      'zh-Hant': { translation: zhHant },
    },
    supportedLngs: ['en', 'zh-Hans', 'zh-Hant'],
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    detection: {
      order: ['querystring', 'localStorage', 'navigator'],
      lookupQuerystring: 'lang',
      lookupLocalStorage: 'chuhai.lang',
      caches: ['localStorage'],
      convertDetectedLanguage: toAppLanguage,
    },
  })

i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = lng
})

export default i18next
