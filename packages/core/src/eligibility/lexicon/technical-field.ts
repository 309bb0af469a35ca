import type { LexiconData } from './lexicon-types.js'

/**
 * Technical systems and objects a claim is about (EPO G-II 3.3 "technical purpose", T 1227/05;
 * CN GL II-9 §6.2: data with a definite technical meaning in a field of technology).
 */
export const TECHNICAL_FIELD_LEXICON: LexiconData = {
  category: 'technical-field',
  version: '2026.1',
  note: 'Named technical systems and objects (electronic circuits, power grids, networks and packets, engines, chemical processes, medical devices). They tie an algorithm to a technical purpose; simulated or not.',
  entries: [
    { id: 'electronics', en: ['electronic circuit*', 'electric circuit*', 'circuit', 'circuits', 'semiconductor*', 'wafer*', 'printed circuit board*', 'noise input*', '1/f noise', 'thermal noise', 'electromagnetic'], zh: ['电路', '半导体', '晶圆', '电路板', '电磁'], ja: ['回路', '半導体', 'ウエハ', '回路基板', '電磁'], ko: ['회로', '반도체', '웨이퍼', '회로 기판', '전자기'] },
    { id: 'power', en: ['power grid*', 'electric power', 'electrical grid*', 'power plant*', 'power system*', 'transmission line*', 'battery', 'batteries', 'battery charging', 'charging station*'], zh: ['电网', '电力系统', '电力', '输电', '电池', '充电'], ja: ['電力系統', '電力', '送電', '電池', '充電'], ko: ['전력망', '전력 계통', '전력', '송전', '배터리', '충전'] },
    { id: 'network-tech', en: ['network traffic', 'data packet*', 'packet*', 'network protocol*', 'protocol*', 'wireless', 'radio frequenc*', 'radio signal*', 'radio access', 'telecommunication*', 'communication channel*', 'bandwidth', 'intrusion', 'malicious', 'malware', 'computer virus*', 'viruses', 'firewall*', 'cyberattack*', 'dynamic link librar*'], zh: ['网络流量', '数据包', '报文', '通信协议', '网络协议', '无线', '射频', '电信', '通信信道', '带宽', '入侵', '恶意', '防火墙', '网络攻击'], ja: ['ネットワークトラフィック', 'パケット', 'プロトコル', '無線', '電気通信', '通信路', '帯域', '侵入', '不正アクセス', 'マルウェア', 'ファイアウォール'], ko: ['네트워크 트래픽', '패킷', '프로토콜', '무선', '통신 채널', '대역폭', '침입', '악성', '방화벽'] },
    { id: 'mechanics', en: ['mechanical', 'hydraulic*', 'pneumatic*', 'thermal', 'fluid*', 'aerodynamic*', 'combustion', 'chemical*', 'optical', 'laser*', 'industrial process*', 'production line*', 'workpiece*'], zh: ['机械', '液压', '气动', '热力', '流体', '燃烧', '化学', '光学', '激光', '工业过程', '生产线', '工件'], ja: ['機械的', '油圧', '空圧', '熱的', '流体', '燃焼', '化学', '光学', 'レーザ', '生産ライン', 'ワークピース', '被加工物'], ko: ['기계적', '유압', '공압', '열적', '유체', '연소', '화학', '광학', '레이저', '생산 라인', '공작물'] },
    { id: 'medical', en: ['patient*', 'medical imag*', 'diagnostic imag*', 'clinical', 'tumo*', 'lesion*', 'fibrosis', 'cardiac', 'arrhythmi*'], zh: ['患者', '医学影像', '临床', '肿瘤', '病灶', '纤维化', '心脏', '心律'], ja: ['患者', '医用画像', '臨床', '腫瘍', '病変', '線維化', '心臓', '不整脈'], ko: ['환자', '의료 영상', '임상', '종양', '병변', '섬유화', '심장', '부정맥'] },
  ],
}
