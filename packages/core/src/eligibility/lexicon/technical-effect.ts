import type { LexiconData } from './lexicon-types.js'

/**
 * Stated technical effects (CN GL II-9 §6.1.2 technical effect; EPO G-II 3.3 effects beyond the
 * implementation; USPTO Desjardins: the improvement must be reflected in the claim).
 */
export const TECHNICAL_EFFECT_LEXICON: LexiconData = {
  category: 'technical-effect',
  version: '2026.1',
  note: 'Effects on the technical system: latency, memory and storage, energy, bandwidth, computation load, measurement accuracy, reliability. Speed or accuracy of a business or cognitive result is not one (Recentive).',
  entries: [
    { id: 'latency', en: ['latenc*', 'response time*', 'processing time*', 'processing speed*', 'computation time*', 'real-time control'], enPatterns: ['(?:reduc|lower|decreas|shorten)\\w*\\s+(?:\\w+\\s+){0,3}(?:delay|time)'], zh: ['延迟', '时延', '响应时间', '处理时间', '处理速度', '计算时间'], ja: ['遅延', '応答時間', '処理時間', '処理速度', '計算時間'], ko: ['지연', '응답 시간', '처리 시간', '처리 속도', '연산 시간'] },
    { id: 'resources', en: ['storage requirement*', 'memory requirement*', 'memory footprint*', 'memory usage', 'memory consumption', 'storage space', 'computational load', 'computational cost*', 'computational resource*', 'computing resource*', 'processing load', 'power consumption', 'energy consumption', 'battery life', 'bandwidth usage', 'network load', 'overhead'], enPatterns: ['(?:reduc|lower|decreas|sav|less)\\w*\\s+(?:\\w+\\s+){0,3}(?:memory|storage|power|energy|bandwidth|computation\\w*|load)'], zh: ['存储空间', '内存占用', '内存消耗', '计算量', '计算负载', '计算资源', '功耗', '能耗', '耗电', '续航', '带宽占用', '网络负载', '开销'], ja: ['記憶容量', 'メモリ使用量', '計算量', '計算負荷', '計算資源', '消費電力', 'エネルギー消費', '電池寿命', '通信量', 'オーバーヘッド'], ko: ['저장 공간', '메모리 사용량', '연산량', '계산량', '연산 부하', '연산 자원', '소비 전력', '전력 소모', '에너지 소비', '배터리 수명', '통신량', '오버헤드'] },
    { id: 'measurement-accuracy', en: ['accuracy of the measurement*', 'measurement accuracy', 'positioning accuracy', 'detection accuracy', 'signal-to-noise', 'sound quality', 'image quality', 'resolution of the image', 'control accuracy', 'stability of the robot', 'tracking accuracy'], zh: ['测量精度', '定位精度', '检测精度', '控制精度', '信噪比', '音质', '图像质量', '画质', '稳定性', '鲁棒性'], ja: ['測定精度', '測位精度', '検出精度', '制御精度', 'SN比', '音質', '画質', '安定性', 'ロバスト性'], ko: ['측정 정확도', '측위 정확도', '검출 정확도', '제어 정확도', '신호 대 잡음비', '음질', '화질', '안정성', '강건성'] },
    { id: 'efficiency', weight: 0.5, en: ['efficien*', 'faster', 'speed up', 'accelerat* the', 'reliab*', 'robust*', 'throughput', 'real time', 'real-time', 'accuracy', 'precision'], zh: ['效率', '实时', '加速', '可靠性', '吞吐量', '精度', '准确率', '准确性'], ja: ['効率', 'リアルタイム', '高速化', '信頼性', 'スループット', '精度'], ko: ['효율', '실시간', '고속화', '신뢰성', '처리량', '정확도', '정밀도'] },
    { id: 'forgetting', en: ['catastrophic forgetting'], enPatterns: ['(?:retain|preserv)\\w*\\s+(?:the\\s+)?performance'], zh: ['灾难性遗忘'], ja: ['破滅的忘却'], ko: ['파국적 망각'] },
  ],
}
