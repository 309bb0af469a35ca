import type { LexiconData } from './lexicon-types.js'

/**
 * Cognitive, linguistic and subjective content (EPO Guidelines G-II 3.3.1: classifying text by its
 * content, translation and recommendations serve no technical purpose; T 1358/09; UK Court of Appeal
 * in Emotional Perception on subjective "better recommendations").
 */
export const COGNITIVE_LEXICON: LexiconData = {
  category: 'cognitive',
  version: '2026.1',
  note: 'Processing of the meaning of text, language, documents and human preferences. Data of this kind has no technical meaning of its own for the EPO, UKIPO and CNIPA.',
  entries: [
    {
      id: 'natural-language',
      en: ['natural language', 'linguistic*', 'grammar*', 'syntax of the sentence*'],
      zh: ['自然语言', '语言学', '语法'],
      ja: ['自然言語', '言語学', '文法'],
      ko: ['자연어', '언어학', '문법'],
    },
    {
      id: 'translation',
      en: ['translat*', 'source language', 'target language'],
      zh: ['翻译', '译文', '源语言', '目标语言'],
      ja: ['翻訳', '原言語', '目的言語'],
      ko: ['번역', '원시 언어', '목표 언어'],
    },
    {
      id: 'text',
      weight: 0.5,
      en: [
        'text',
        'texts',
        'textual',
        'word*',
        'sentence*',
        'stems',
        'keyword*',
        'vocabular*',
        'token*',
      ],
      zh: ['文本', '文字', '词语', '单词', '句子', '关键词', '词汇'],
      ja: ['テキスト', '単語', '文章', 'キーワード', '語彙'],
      ko: ['텍스트', '단어', '문장', '키워드', '어휘'],
    },
    {
      id: 'document',
      weight: 0.5,
      en: [
        'document*',
        'e-mail*',
        'email*',
        'electronic message*',
        'incoming message*',
        'message content*',
        'content of the message*',
      ],
      zh: ['文档', '文件内容', '邮件', '消息内容'],
      ja: ['文書', '電子メール', 'メッセージの内容'],
      ko: ['문서', '전자 메일', '이메일', '메시지 내용'],
    },
    {
      id: 'spam',
      en: ['spam', 'junk'],
      zh: ['垃圾邮件'],
      ja: ['迷惑メール', 'スパム'],
      ko: ['스팸'],
    },
    {
      id: 'semantics',
      weight: 0.5,
      en: [
        'semantic*',
        'meaning of',
        'topic*',
        'sentiment*',
        'knowledge base*',
        'question* to the user',
        'answers',
      ],
      zh: ['语义', '主题', '情感倾向', '知识库', '问答'],
      ja: ['意味内容', 'トピック', '感情分析', '知識ベース', '質問応答'],
      ko: ['의미', '주제', '감성 분석', '지식 베이스', '질의응답'],
    },
    {
      id: 'recommendation',
      en: [
        'recommend*',
        'collaborative filter*',
        'user preference*',
        'personal taste*',
        'emotion*',
        'aesthetic*',
        'mood*',
        'user interest*',
      ],
      zh: ['推荐', '偏好', '喜好', '情感', '审美', '兴趣'],
      ja: ['推薦', 'レコメンド', '嗜好', '感情', '美的'],
      ko: ['추천', '선호', '취향', '감정', '미적'],
    },
  ],
}
