import type { LexiconData } from './lexicon-types.js'

/**
 * Physical inputs: measurements of physical objects and signals (EPO G-II 3.3: processing of
 * physical data; CN AI guidelines 2024: data with a definite technical meaning; VICOM).
 */
export const PHYSICAL_INPUT_LEXICON: LexiconData = {
  category: 'physical-input',
  version: '2026.1',
  note: 'Sensor readings, measured physical quantities, signals, images, audio and speech of physical objects. Data of this kind has a technical meaning; data gathering alone is still extra-solution activity at the USPTO.',
  entries: [
    { id: 'sensor-data', en: ['sensor data', 'sensor signal*', 'sensor reading*', 'sensor output*', 'sensed', 'sensing', 'encoder reading*', 'force feedback'], zh: ['传感数据', '传感器数据', '传感器信号', '传感'], ja: ['センサデータ', 'センサ信号', 'センサ出力'], ko: ['센서 데이터', '센서 신호', '센서 출력'] },
    { id: 'measurement', en: ['measurement*', 'measured', 'measuring', 'phasor*', 'current measurement*', 'power flow*'], zh: ['测量', '测定', '检测值', '计量', '实测'], ja: ['測定', '計測', '計量', '実測'], ko: ['측정', '계측', '실측'] },
    { id: 'physical-quantity', weight: 0.5, en: ['voltage*', 'temperature*', 'pressure*', 'acceleration*', 'velocit*', 'torque*', 'vibration*', 'force*', 'humidity', 'flow rate*'], zh: ['电压', '电流', '温度', '压力', '加速度', '速度', '扭矩', '力矩', '振动', '湿度', '流量'], ja: ['電圧', '電流', '温度', '圧力', '加速度', '速度', 'トルク', '振動', '湿度', '流量'], ko: ['전압', '전류', '온도', '압력', '가속도', '속도', '토크', '진동', '습도', '유량'] },
    { id: 'signal', en: ['signal*', 'waveform*', 'spectrogram*', 'frequenc*', 'phase angle*', 'point cloud*', 'raw data from'], zh: ['信号', '波形', '频谱', '频率', '相位', '点云'], ja: ['信号', '波形', 'スペクトログラム', '周波数', '位相', '点群'], ko: ['신호', '파형', '스펙트로그램', '주파수', '위상', '점군'] },
    { id: 'image', en: ['image*', 'imaging', 'video*', 'pixel*', 'photograph*', 'picture*', 'frames of', 'x-ray*', 'ct scan*', 'mri', 'medical scan*'], zh: ['图像', '影像', '图片', '视频', '像素', '照片', '帧', 'X射线', '核磁共振'], ja: ['画像', '映像', '動画', '画素', 'ピクセル', '写真', 'フレーム', 'X線'], ko: ['이미지', '영상', '비디오', '픽셀', '화소', '사진', '프레임', '엑스선'] },
    { id: 'audio', en: ['audio', 'speech', 'voice*', 'sound*', 'acoustic*', 'utterance*'], zh: ['音频', '语音', '声音', '声学', '声纹'], ja: ['音声', 'オーディオ', '音響', '発話'], ko: ['오디오', '음성', '소리', '음향', '발화'] },
    { id: 'physiological', en: ['physiological', 'heart rate*', 'heartbeat*', 'electrocardiogra*', 'ecg', 'eeg', 'blood pressure', 'blood glucose', 'genotyp*', 'biomarker*', 'biological sample*'], zh: ['生理', '心率', '心跳', '心电', '脑电', '血压', '血糖', '基因型', '生物标志物'], ja: ['生理', '心拍', '心電', '脳波', '血圧', '血糖', '遺伝子型', 'バイオマーカー'], ko: ['생리', '심박', '심전도', '뇌파', '혈압', '혈당', '유전자형', '바이오마커'] },
    { id: 'location', weight: 0.5, en: ['location*', 'position*', 'gps', 'geolocation', 'coordinates'], zh: ['位置', '定位', '坐标', 'GPS'], ja: ['位置', '測位', '座標', 'GPS'], ko: ['위치', '측위', '좌표', 'GPS'] },
  ],
}
