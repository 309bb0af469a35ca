import type { LexiconData } from './lexicon-types.js'

/** Mental processes (MPEP 2106.04(a)(2) III; CN Art. 25(1)(2) rules and methods for mental activities). */
export const MENTAL_LEXICON: LexiconData = {
  category: 'mental',
  version: '2026.1',
  note: 'Observation, evaluation, judgement and opinion steps that a person could perform in the mind or with pen and paper. Weak on their own: almost every claim determines something.',
  entries: [
    { id: 'determining', weight: 0.5, en: ['determin*', 'decid*', 'judg*'], zh: ['判断', '确定', '决定', '判定'], ja: ['判断', '決定', '判定'], ko: ['판단', '결정', '판정'] },
    { id: 'ranking', weight: 0.5, en: ['rank*', 'sort*', 'prioriti*'], zh: ['排序', '排名', '优先级'], ja: ['順位', 'ランキング', '優先順位'], ko: ['순위', '정렬', '우선순위'] },
    { id: 'comparing', weight: 0.5, en: ['compar*', 'match* against'], zh: ['比较', '比对'], ja: ['比較', '照合'], ko: ['비교', '대조'] },
    { id: 'selecting', weight: 0.5, en: ['select*', 'choos*', 'screening'], zh: ['选择', '选取', '挑选', '筛选'], ja: ['選択', '選定', '選抜', '抽出'], ko: ['선택', '선정', '선발'] },
    { id: 'evaluating', weight: 0.5, en: ['evaluat*', 'assess*'], zh: ['评估', '评价', '打分', '评分'], ja: ['評価', '採点'], ko: ['평가', '채점'] },
    { id: 'analysing', weight: 0.5, en: ['analy*'], zh: ['分析'], ja: ['分析', '解析'], ko: ['분석', '해석'] },
    { id: 'identifying', weight: 0.5, en: ['identif*', 'recogni*', 'detect*'], zh: ['识别', '检测', '辨别'], ja: ['識別', '検出', '認識'], ko: ['식별', '검출', '인식'] },
    { id: 'predicting', weight: 0.5, en: ['predict*', 'forecast*', 'estimat*', 'infer*'], zh: ['预测', '估计', '推断', '推测'], ja: ['予測', '推定', '推論'], ko: ['예측', '추정', '추론'] },
    { id: 'classifying', weight: 0.5, en: ['classif*', 'categori*'], zh: ['分类', '归类'], ja: ['分類'], ko: ['분류'] },
    { id: 'planning', weight: 0.5, en: ['planning', 'plans', 'plan for'], zh: ['规划', '计划'], ja: ['計画'], ko: ['계획'] },
  ],
}
