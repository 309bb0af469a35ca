import type { LexiconData } from './lexicon-types.js'

/**
 * AI and machine-learning vocabulary (USPTO 2024 AI SME Update; EPO G-II 3.3.1: such terms do not
 * by themselves imply technical means; CN AI guidelines 2024; KIPO AI guidance).
 */
export const AI_MODEL_LEXICON: LexiconData = {
  category: 'ai-model',
  version: '2026.1',
  note: 'Names of models and learning techniques. They mark a claim as AI-related and trigger the AI-specific guidance; on their own they are neither technical nor abstract.',
  entries: [
    { id: 'neural-network', en: ['neural network*', 'deep learning', 'deep neural', 'dnn*', 'cnn*', 'rnn*', 'lstm*', 'transformer model*', 'autoencoder*', 'auto-encoder*', 'perceptron*'], zh: ['神经网络', '深度学习', '卷积神经', '循环神经', '自编码', '长短期记忆'], ja: ['ニューラルネットワーク', '深層学習', 'ディープラーニング', '畳み込みニューラル', 'オートエンコーダ'], ko: ['신경망', '뉴럴 네트워크', '딥러닝', '심층 학습', '합성곱 신경망', '오토인코더'] },
    { id: 'machine-learning', en: ['machine learning', 'machine-learning', 'artificial intelligence', 'ai model*', 'trained model*', 'learning model*', 'learned model*', 'ml model*', 'reinforcement learning', 'supervised', 'unsupervised', 'large language model*', 'llm*', 'generative model*'], zh: ['机器学习', '人工智能', '训练好的模型', '已训练', '学习模型', '强化学习', '监督学习', '无监督', '大语言模型', '大模型', '生成模型'], ja: ['機械学習', '人工知能', '学習済みモデル', '学習モデル', '強化学習', '教師あり', '教師なし', '大規模言語モデル', '生成モデル'], ko: ['기계 학습', '기계학습', '머신러닝', '인공지능', '학습된 모델', '학습 모델', '강화 학습', '지도 학습', '비지도', '대규모 언어 모델', '생성 모델'] },
    { id: 'classic-model', en: ['support vector*', 'svm*', 'decision tree*', 'random forest*', 'k-means', 'clustering', 'classifier*', 'bayes classifier*', 'kernel regression', 'genetic algorithm*', 'reasoning engine*'], zh: ['支持向量机', '决策树', '随机森林', '聚类', '分类器', '遗传算法', '推理引擎'], ja: ['サポートベクターマシン', '決定木', 'ランダムフォレスト', 'クラスタリング', '分類器', '遺伝的アルゴリズム', '推論エンジン'], ko: ['서포트 벡터', '결정 트리', '랜덤 포레스트', '클러스터링', '분류기', '유전 알고리즘', '추론 엔진'] },
    { id: 'training', weight: 0.5, en: ['train*', 'learn*', 'model*'], zh: ['训练', '学习', '模型'], ja: ['学習', '訓練', 'モデル'], ko: ['학습', '훈련', '모델'] },
  ],
}
