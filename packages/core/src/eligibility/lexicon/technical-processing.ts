import type { LexiconData } from './lexicon-types.js'

/**
 * Technical processing of signals and data (EPO G-II 3.3: audio/image/video enhancement, compression,
 * encryption, speech recognition; G-II 3.3.1 classification of images, audio and speech on low-level
 * features; USPTO Example 48 speech separation; VICOM digital filtering).
 */
export const TECHNICAL_PROCESSING_LEXICON: LexiconData = {
  category: 'technical-processing',
  version: '2026.1',
  note: 'Operations that change or interpret a signal as a signal: filtering, denoising, separation of sources, compression, coding, encryption, rendering and animation, speech and image recognition on the signal itself.',
  entries: [
    { id: 'filtering', en: ['digital filter*', 'digitally filter*', 'filter* the signal*', 'filter* the image*', 'convolution mask*', 'scanning * with a mask', 'denois*', 'de-nois*', 'noise reduction', 'noise suppression', 'deblur*', 'echo cancel*', 'dereverberat*'], zh: ['滤波', '去噪', '降噪', '噪声抑制', '去模糊', '回声消除', '去混响'], ja: ['フィルタリング', 'フィルタ処理', 'ノイズ除去', '雑音除去', '雑音抑圧', 'ボケ除去', 'エコーキャンセ'], ko: ['필터링', '잡음 제거', '노이즈 제거', '잡음 억제', '디블러', '에코 제거'] },
    { id: 'filter-weak', weight: 0.5, en: ['filter*', 'mask', 'masks', 'enhanc*', 'sharpen*', 'smoothing', 'contrast*', 'mirroring', 'rotating', 'resampl*', 'upsampl*', 'downsampl*'], zh: ['增强', '锐化', '平滑', '对比度', '镜像', '旋转', '重采样', '上采样', '下采样'], ja: ['強調', '鮮鋭化', '平滑化', 'コントラスト', '鏡像', '回転', 'リサンプリング'], ko: ['강조', '선명화', '평활화', '대비', '미러링', '회전', '리샘플링'] },
    { id: 'source-separation', en: ['speech separation', 'source separation', 'separat* the speech', 'separat* the signal*', 'separat* * speech signal*', 'speaker separation', 'separated speech', 'beamform*'], zh: ['语音分离', '声源分离', '信号分离', '波束成形'], ja: ['音声分離', '音源分離', '信号分離', 'ビームフォーミング'], ko: ['음성 분리', '음원 분리', '신호 분리', '빔포밍'] },
    { id: 'coding-weak', weight: 0.5, en: ['encod*', 'decod*'], zh: ['编码', '解码'], ja: ['エンコーダ', 'デコーダ'], ko: ['인코더', '디코더', '인코딩', '디코딩'] },
    { id: 'coding', en: ['compress*', 'decompress*', 'codec*', 'entropy cod*', 'video coding', 'audio coding', 'image coding', 'quantization of the signal'], zh: ['压缩', '解压', '编解码'], ja: ['圧縮', '伸張', '符号化'], ko: ['압축', '압축 해제', '부호화'] },
    { id: 'crypto', en: ['encrypt*', 'decrypt*', 'cryptograph*', 'digital signature*', 'cipher*'], zh: ['加密', '解密', '密码学', '数字签名'], ja: ['暗号化', '復号化', '暗号', '電子署名'], ko: ['암호화', '복호', '암호', '전자 서명'] },
    { id: 'authentication', weight: 0.5, en: ['authenticat*'], zh: ['认证', '鉴权'], ja: ['認証'], ko: ['인증'] },
    { id: 'synthesis', en: ['synthesi* * waveform*', 'speech synthesis', 'synthesi* speech', 'synthesi* the speech', 'text-to-speech', 'vocoder*', 'speech-to-text', 'transcri*', 'voice conver*', 'voice clon*'], zh: ['语音合成', '合成语音', '声码器', '语音转写', '语音转换', '声音克隆', '语音克隆'], ja: ['音声合成', 'ボコーダ', '書き起こし', '声質変換'], ko: ['음성 합성', '보코더', '전사', '음성 변환', '음성 복제'] },
    { id: 'graphics', en: ['render*', 'animat*', 'frame rate*', 'morph weight*', 'morph target*', 'morphing', 'lip synchroni*', 'three-dimensional model*', '3d model*', 'texture map*', 'ray tracing', 'shading'], zh: ['渲染', '动画', '帧率', '口型同步', '三维模型', '纹理映射', '光线追踪'], ja: ['レンダリング', 'アニメーション', 'フレームレート', 'リップシンク', '三次元モデル', 'テクスチャ'], ko: ['렌더링', '애니메이션', '프레임 레이트', '립싱크', '3차원 모델', '텍스처'] },
    { id: 'recognition', en: ['speech recognition', 'image recognition', 'object detection', 'face detection', 'facial detection', 'facial recognition', 'face recognition', 'pose estimation', 'image segmentation', 'optical character recognition', 'anomaly detection in the signal', 'fault detection', 'defect detection', 'speaker recognition', 'gesture recognition'], zh: ['语音识别', '图像识别', '目标检测', '物体检测', '人脸检测', '人脸识别', '姿态估计', '图像分割', '故障检测', '缺陷检测', '手势识别', '声纹识别'], ja: ['音声認識', '画像認識', '物体検出', '顔検出', '顔認識', '姿勢推定', '画像分割', '故障検出', '欠陥検出', 'ジェスチャ認識'], ko: ['음성 인식', '이미지 인식', '객체 검출', '얼굴 검출', '얼굴 인식', '자세 추정', '이미지 분할', '고장 검출', '결함 검출', '제스처 인식'] },
    { id: 'signal-processing', en: ['signal processing', 'image processing', 'audio processing', 'video processing', 'sensor fusion', 'modulat*', 'demodulat*', 'channel estimat*', 'sampling the signal', 'localization of the robot', 'simultaneous localization'], zh: ['信号处理', '图像处理', '音频处理', '视频处理', '传感器融合', '多传感器融合', '调制', '解调', '信道估计', '同步定位与建图'], ja: ['信号処理', '画像処理', '音声処理', '映像処理', 'センサフュージョン', '変調', '復調', 'チャネル推定'], ko: ['신호 처리', '영상 처리', '이미지 처리', '오디오 처리', '센서 융합', '변조', '복조', '채널 추정'] },
  ],
}
