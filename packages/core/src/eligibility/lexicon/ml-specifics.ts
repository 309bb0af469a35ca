import type { LexiconData } from './lexicon-types.js'

/**
 * Training-data and model specifics (EPO T 161/18 sufficiency; CN AI guidelines 2024 and the 2026
 * amendment: modules, layers, training steps and parameters; KIPO AI guidance: training data,
 * preprocessing, model, loss function; USPTO Example 39 and Ex parte Desjardins).
 */
export const ML_SPECIFICS_LEXICON: LexiconData = {
  category: 'ml-specifics',
  version: '2026.1',
  note: 'How the model is built and trained: training data and its preparation, architecture, parameters, loss and training procedure. They make a claim concrete and are what offices ask the description to disclose.',
  entries: [
    { id: 'training-data', en: ['training data', 'training set*', 'training sample*', 'training example*', 'labelled data', 'labeled data', 'annotated', 'ground truth'], zh: ['训练数据', '训练集', '训练样本', '样本数据', '标注'], ja: ['学習データ', '教師データ', '訓練データ', '学習用データ', '正解データ'], ko: ['학습 데이터', '훈련 데이터', '학습용 데이터', '정답 데이터'] },
    { id: 'data-weak', weight: 0.5, en: ['historical data', 'label*', 'dataset*', 'data set*'], zh: ['历史数据', '标签', '数据集'], ja: ['履歴データ', 'ラベル', 'データセット'], ko: ['이력 데이터', '레이블', '라벨', '데이터셋'] },
    { id: 'data-preparation', en: ['preprocess*', 'pre-process*', 'data augmentation', 'augment*', 'normali*', 'data transformation*', 'hard negative*', 'feature extraction', 'feature vector*'], zh: ['预处理', '数据增强', '归一化', '特征提取', '特征向量', '困难样本'], ja: ['前処理', 'データ拡張', '正規化', '特徴抽出', '特徴量'], ko: ['전처리', '데이터 증강', '정규화', '특징 추출', '특징 벡터'] },
    { id: 'architecture', en: ['input layer*', 'hidden layer*', 'intermediate layer*', 'output layer*', 'convolutional layer*', 'neuron*', 'activation function*', 'encoder-decoder', 'network structure*'], zh: ['输入层', '隐藏层', '中间层', '输出层', '卷积层', '网络层', '神经元', '激活函数', '网络结构'], ja: ['入力層', '隠れ層', '中間層', '出力層', '畳み込み層', 'ニューロン', '活性化関数', 'ネットワーク構造'], ko: ['입력층', '은닉층', '중간층', '출력층', '합성곱 층', '뉴런', '활성화 함수', '네트워크 구조'] },
    { id: 'architecture-weak', weight: 0.5, en: ['layer*', 'node*', 'attention', 'embedding*', 'pooling', 'residual', 'architecture'], zh: ['节点', '注意力', '嵌入', '池化', '残差'], ja: ['ノード', 'アテンション', '埋め込み', 'プーリング'], ko: ['노드', '어텐션', '임베딩', '풀링'] },
    { id: 'parameters', weight: 0.5, en: ['parameter*', 'weight*', 'biases', 'hyperparameter*', 'learning rate*', 'epoch*'], zh: ['参数', '权重', '权值', '偏置', '超参数', '学习率'], ja: ['パラメータ', '重み', 'バイアス', 'ハイパーパラメータ', '学習率'], ko: ['파라미터', '매개변수', '가중치', '편향', '하이퍼파라미터', '학습률'] },
    { id: 'training-procedure', en: ['loss function*', 'objective function*', 'cost function*', 'penalty term*', 'regulari*', 'fine-tun*', 'pre-train*', 'transfer learning', 'continual learning', 'iteratively train*', 'prun*', 'quantiz*', 'distill*', 'lightweight', 'lightened', 'reward function*', 'learning task*', 'multi-task', 'multi-stage training'], enPatterns: ['(?:first|second|third|later|subsequent)\\s+stage\\s+of\\s+training', 'train\\w*\\s+(?:\\w+\\s+){0,5}in\\s+a\\s+(?:first|second|third)\\s+stage'], zh: ['损失函数', '目标函数', '代价函数', '惩罚项', '正则', '微调', '预训练', '迁移学习', '持续学习', '剪枝', '量化', '蒸馏', '轻量化', '奖励函数'], ja: ['損失関数', '目的関数', 'コスト関数', '罰則項', '正則化', 'ファインチューニング', '事前学習', '転移学習', '継続学習', '枝刈り', '量子化', '蒸留', '軽量化', '報酬関数'], ko: ['손실 함수', '목적 함수', '비용 함수', '페널티 항', '정규화 항', '미세 조정', '사전 학습', '전이 학습', '지속 학습', '가지치기', '양자화', '증류', '경량화', '보상 함수'] },
  ],
}
