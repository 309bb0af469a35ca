import type { LexiconData } from './lexicon-types.js'

/** Mathematical concepts (USPTO MPEP 2106.04(a)(2) I; EPC Art. 52(2)(a); CN GL II-9 §6 algorithm features). */
export const MATH_LEXICON: LexiconData = {
  category: 'math',
  version: '2026.1',
  note: 'Mathematical relationships, formulas, calculations and named mathematical algorithms. A claim that names them recites a mathematical concept; one that merely uses a trained model only involves one (USPTO memo of 4 Aug 2025).',
  entries: [
    { id: 'equation', en: ['equation*'], zh: ['方程'], ja: ['方程式'], ko: ['방정식'] },
    { id: 'formula', en: ['formula*', 'mathematical expression*'], zh: ['公式', '数学表达式'], ja: ['数式', '計算式'], ko: ['수식', '계산식'] },
    { id: 'mathematical', en: ['mathematical*', 'mathematics'], zh: ['数学'], ja: ['数学'], ko: ['수학'] },
    { id: 'gradient-descent', en: ['gradient descent', 'stochastic gradient'], zh: ['梯度下降'], ja: ['勾配降下'], ko: ['경사 하강', '경사하강'] },
    { id: 'backpropagation', en: ['backpropagation', 'back propagation', 'backward propagation'], zh: ['反向传播'], ja: ['誤差逆伝播', 'バックプロパゲーション'], ko: ['역전파'] },
    { id: 'matrix', en: ['matrix', 'matrices'], zh: ['矩阵'], ja: ['行列'], ko: ['행렬'] },
    { id: 'polynomial', en: ['polynomial*'], zh: ['多项式'], ja: ['多項式'], ko: ['다항식'] },
    { id: 'modular-arithmetic', en: ['modular arithmetic', 'modulo', 'modular computation*', 'arithmetic*'], zh: ['模运算', '算术运算'], ja: ['剰余演算', '算術'], ko: ['모듈러 연산', '산술'] },
    { id: 'probability-distribution', en: ['probability distribution*', 'posterior*', 'prior distribution*', 'likelihood*', 'bayesian'], zh: ['概率分布', '后验', '先验', '似然', '贝叶斯'], ja: ['確率分布', '事後分布', '事前分布', '尤度', 'ベイズ'], ko: ['확률 분포', '사후 분포', '사전 분포', '우도', '베이지안'] },
    { id: 'probability', weight: 0.5, en: ['probabilit*', 'probabilistic*'], zh: ['概率'], ja: ['確率'], ko: ['확률'] },
    { id: 'regression', en: ['regression*'], zh: ['回归'], ja: ['回帰'], ko: ['회귀'] },
    { id: 'random-numbers', en: ['random number*', 'gaussian*', 'stochastic*'], zh: ['随机数', '高斯', '随机过程'], ja: ['乱数', 'ガウス', '確率過程'], ko: ['난수', '가우시안', '확률 과정'] },
    { id: 'differential', en: ['differential equation*', 'integral*', 'derivative*'], zh: ['微分', '积分', '导数'], ja: ['微分', '積分', '導関数'], ko: ['미분', '적분', '도함수'] },
    { id: 'numerical-analysis', en: ['numerical analysis', 'numerical solution*', 'numerical method*', 'numerically solv*', 'nonlinear simultaneous', 'linear algebra'], zh: ['数值分析', '数值解', '数值求解', '联立方程'], ja: ['数値解析', '数値解', '連立方程式'], ko: ['수치 해석', '수치해석', '연립방정식'] },
    { id: 'vector', weight: 0.5, en: ['vector*', 'tensor*', 'hyperplane*', 'eigen*'], zh: ['向量', '张量', '超平面', '特征值'], ja: ['ベクトル', 'テンソル', '超平面', '固有値'], ko: ['벡터', '텐서', '초평면', '고유값'] },
    { id: 'algorithm', weight: 0.5, en: ['algorithm*'], zh: ['算法'], ja: ['アルゴリズム'], ko: ['알고리즘'] },
    { id: 'calculation', weight: 0.5, en: ['calculat*', 'approximat*'], zh: ['计算', '算出', '近似'], ja: ['計算', '算出', '近似'], ko: ['계산', '산출', '근사'] },
    { id: 'optimisation', weight: 0.5, en: ['optimi*', 'minimi*', 'maximi*'], zh: ['优化', '最小化', '最大化', '最优'], ja: ['最適化', '最小化', '最大化'], ko: ['최적화', '최소화', '최대화'] },
    { id: 'statistics', weight: 0.5, en: ['statistic*', 'variance', 'standard deviation', 'weighted sum', 'mean value*', 'average*', 'term frequenc*', 'correlation coefficient*'], zh: ['统计', '方差', '标准差', '加权和', '平均值', '词频', '相关系数'], ja: ['統計', '分散', '標準偏差', '加重和', '平均値', '相関係数'], ko: ['통계', '분산', '표준 편차', '가중합', '평균값', '상관 계수'] },
    { id: 'discretisation', weight: 0.5, en: ['discreti*', 'fourier transform*', 'homotopy', 'binary coded decimal', 'number system*', 'numeral*'], zh: ['离散化', '傅里叶变换', '同伦'], ja: ['離散化', 'フーリエ変換', 'ホモトピー'], ko: ['이산화', '푸리에 변환'] },
  ],
}
