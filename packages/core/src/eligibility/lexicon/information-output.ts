import type { LexiconData } from './lexicon-types.js'

/**
 * Outputs that are information only (MPEP 2106.05(g) insignificant extra-solution activity;
 * Electric Power Group: collecting, analysing and displaying information; EPO G-II 3.7
 * presentation of information).
 */
export const INFORMATION_OUTPUT_LEXICON: LexiconData = {
  category: 'information-output',
  version: '2026.1',
  note: 'Displaying, outputting, reporting or sending a result, a score, a label, an index or a recommendation. When this is the only output, the claim ends in information rather than in a technical action.',
  entries: [
    {
      id: 'display',
      en: ['display*', 'present* to', 'presenting', 'visuali*', 'chart*', 'tables', 'graphical'],
      zh: ['显示', '展示', '呈现', '可视化', '图表'],
      ja: ['表示', '提示', '可視化', 'グラフ'],
      ko: ['표시', '디스플레이', '제시', '시각화', '그래프'],
    },
    {
      id: 'output',
      en: [
        'output* the',
        'outputting',
        'report*',
        'notif*',
        'alert*',
        'transmit* the result*',
        'send* the result*',
        'return* the result*',
      ],
      zh: ['输出', '报告', '通知', '提醒', '告警', '返回结果'],
      ja: ['出力', '報告', '通知', '警告'],
      ko: ['출력', '보고', '알림', '통지', '경고'],
    },
    {
      id: 'score',
      en: [
        'score*',
        'index value*',
        'risk score*',
        'classification result*',
        'label for',
        'probability that',
        'rating of',
        'recommendation list*',
        'ranking list*',
      ],
      zh: ['评分', '得分', '分值', '指数', '分类结果', '风险值', '推荐列表'],
      ja: ['スコア', '指数', '分類結果', 'リスク値', '推薦リスト'],
      ko: ['점수', '스코어', '지수', '분류 결과', '위험도', '추천 목록'],
    },
  ],
}
