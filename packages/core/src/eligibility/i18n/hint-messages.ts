/** The novelty-hints section of the report (issue 7 §3), in English and Chinese. */
export const HINT_MESSAGES = {
  'hints.title': { en: 'Nearest prior art (novelty hints)', zh: '最接近的现有技术（新颖性提示）' },
  'hints.notice': {
    en: 'Hints from a keyword search of the local database, not a novelty or inventive-step opinion: a document can use the words of an element without disclosing it, and synonyms are missed.',
    zh: '以下为本地数据库关键词检索给出的提示，并非新颖性或创造性意见：文献可能使用某一特征的措辞而并未公开该特征，同义表述也会漏检。',
  },
  'hints.searched': {
    en: 'Claim {claim} against {documents} documents; query: {terms}',
    zh: '权利要求{claim}，检索文献{documents}篇；检索式：{terms}',
  },
  'hints.before': { en: 'only documents published before {date}', zh: '仅限{date}之前公开的文献' },
  'hints.header': {
    en: '{rank}. {number} ({date}) {title} — {covered} of {total} elements disclosed, score {score}',
    zh: '{rank}. {number}（{date}）{title}——公开{total}个特征中的{covered}个，得分{score}',
  },
  'hints.preamble': { en: 'Preamble', zh: '前序部分' },
  'hints.element': { en: 'Element {index}', zh: '特征{index}' },
  'hints.status.yes': { en: 'disclosed', zh: '已公开' },
  'hints.status.partly': { en: 'partly', zh: '部分公开' },
  'hints.status.no': { en: 'not found', zh: '未发现' },
  'hints.matched': { en: 'matched', zh: '匹配' },
  'hints.missing': { en: 'missing', zh: '缺少' },
  'hints.field.title': { en: 'title', zh: '标题' },
  'hints.field.abstract': { en: 'abstract', zh: '摘要' },
  'hints.field.claims': { en: 'claims', zh: '权利要求书' },
  'hints.field.description': { en: 'description', zh: '说明书' },
  'hints.no-date': { en: 'date unknown', zh: '日期不详' },
  'hints.none': {
    en: 'No document in the database shares key terms with claim {claim}.',
    zh: '数据库中没有与权利要求{claim}共有关键词的文献。',
  },
  'hints.unavailable': { en: 'Nearest prior art: {reason}', zh: '最接近的现有技术：{reason}' },
  'hints.no-database': {
    en: 'not searched, no database at {path} (give --db FILE or set CHUHAI_DB after `chuhai ingest`).',
    zh: '未检索，{path} 处没有数据库（请先运行 `chuhai ingest`，再用 --db 指定文件或设置 CHUHAI_DB）。',
  },
  'hints.empty-database': {
    en: 'not searched, the database {path} holds no documents.',
    zh: '未检索，数据库 {path} 中没有文献。',
  },
  'hints.database-error': {
    en: 'not searched, the database {path} cannot be read ({error}).',
    zh: '未检索，无法读取数据库 {path}（{error}）。',
  },
  'hints.no-terms': {
    en: 'not searched, claim {claim} has no key terms the index can search (Chinese, Japanese and Korean words are not yet searchable in the embedded index).',
    zh: '未检索，权利要求{claim}没有可供索引检索的关键词（内置索引尚不支持中文、日文和韩文分词检索）。',
  },
} as const
