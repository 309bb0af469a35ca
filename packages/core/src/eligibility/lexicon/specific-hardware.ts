import type { LexiconData } from './lexicon-types.js'

/**
 * Specific technical components: particular machines (MPEP 2106.05(b)), dedicated circuits (USPTO
 * Example 47 claim 1), robots and vehicles (KIPO serving-robot case), devices a claim controls.
 */
export const SPECIFIC_HARDWARE_LEXICON: LexiconData = {
  category: 'specific-hardware',
  version: '2026.1',
  note: 'Hardware beyond a general-purpose computer: dedicated circuits and accelerators, robots, vehicles, motors, actuators, cameras and other devices that the claimed processing runs on or acts on.',
  entries: [
    { id: 'dedicated-circuit', en: ['application specific integrated circuit*', 'asic*', 'fpga*', 'field programmable gate array*', 'integrated circuit*', 'synaptic circuit*', 'neuromorphic*', 'chip', 'chips', 'system on chip', 'transistor*', 'memristor*', 'crossbar array*', 'logic gate*'], zh: ['专用集成电路', '集成电路', '芯片', '现场可编程门阵列', '突触电路', '神经形态', '晶体管', '忆阻器', '逻辑门'], ja: ['特定用途向け集積回路', '集積回路', 'チップ', 'シナプス回路', 'ニューロモルフィック', 'トランジスタ', 'メモリスタ', '論理ゲート'], ko: ['주문형 반도체', '집적 회로', '집적회로', '칩', '시냅스 회로', '뉴로모픽', '트랜지스터', '멤리스터', '논리 게이트'] },
    { id: 'accelerator', en: ['gpu*', 'graphics processing unit*', 'tensor processing unit*', 'npu*', 'neural processing unit*', 'hardware accelerator*', 'on-device', 'edge device*', 'embedded device*'], zh: ['图形处理器', '神经网络处理器', '硬件加速器', '端侧', '嵌入式设备', '边缘设备'], ja: ['グラフィックス処理装置', 'ハードウェアアクセラレータ', 'オンデバイス', 'エッジデバイス', '組込み機器'], ko: ['그래픽 처리 장치', '신경망 처리 장치', '하드웨어 가속기', '온디바이스', '엣지 디바이스', '임베디드 장치'] },
    { id: 'robot', en: ['robot*', 'robotic*', 'manipulator*', 'gripper*', 'end effector*', 'legged', 'servo*', 'joint motor*', 'exoskeleton*'], zh: ['机器人', '机械臂', '机械手', '夹爪', '末端执行器', '足式', '四足', '舵机', '关节电机', '外骨骼'], ja: ['ロボット', 'マニピュレータ', 'アーム', 'グリッパ', 'エンドエフェクタ', '脚式', 'サーボ', '関節モータ'], ko: ['로봇', '매니퓰레이터', '그리퍼', '엔드 이펙터', '보행 로봇', '서보', '관절 모터'] },
    { id: 'vehicle', en: ['vehicle*', 'automobile*', 'car', 'cars', 'drone*', 'unmanned aerial', 'aircraft', 'vessel*', 'bicycle*', 'locomotive*', 'autonomous driving'], zh: ['车辆', '汽车', '无人机', '飞行器', '船舶', '自行车', '单车', '自动驾驶'], ja: ['車両', '自動車', 'ドローン', '無人航空機', '航空機', '船舶', '自転車', '自動運転'], ko: ['차량', '자동차', '드론', '무인 비행체', '항공기', '선박', '자전거', '자율 주행', '자율주행'] },
    { id: 'actuator', en: ['motor*', 'actuator*', 'combustion engine*', 'engine control*', 'valve*', 'pump*', 'brake*', 'lock', 'locks', 'locking device*', 'solenoid*', 'heater*', 'compressor*', 'injector*', 'turbine*', 'machine tool*', 'injection mold*', 'molding press*', 'moulding press*', 'mold cavit*', 'printer*'], zh: ['电机', '马达', '电动机', '执行器', '发动机', '阀', '泵', '制动器', '锁', '电磁阀', '加热器', '压缩机', '涡轮', '机床', '注塑机', '打印机'], ja: ['モータ', 'モーター', 'アクチュエータ', 'エンジン', 'バルブ', '弁', 'ポンプ', 'ブレーキ', '錠', 'ソレノイド', 'ヒータ', '圧縮機', 'タービン', '工作機械', '射出成形機', 'プリンタ'], ko: ['모터', '액추에이터', '엔진', '밸브', '펌프', '브레이크', '잠금 장치', '잠금장치', '솔레노이드', '히터', '압축기', '터빈', '공작 기계', '사출 성형기', '프린터'] },
    { id: 'sensor', en: ['sensor*', 'accelerometer*', 'gyroscope*', 'inertial measurement unit*', 'imu', 'thermometer*', 'encoder*'], zh: ['传感器', '加速度计', '陀螺仪', '惯性测量单元', '温度计'], ja: ['センサ', 'センサー', '加速度計', 'ジャイロ', '慣性計測装置', '温度計'], ko: ['센서', '가속도계', '자이로', '관성 측정 장치', '온도계'] },
    { id: 'capture-device', en: ['camera*', 'microphone*', 'lidar*', 'radar*', 'image sensor*', 'imaging device*', 'scanner*', 'ultrasound probe*', 'electrode*', 'antenna*', 'transceiver*', 'base station*', 'wearable*'], zh: ['摄像头', '相机', '摄像机', '麦克风', '激光雷达', '雷达', '图像传感器', '成像装置', '扫描仪', '超声探头', '电极', '天线', '收发器', '基站', '可穿戴'], ja: ['カメラ', 'マイクロフォン', 'マイク', 'ライダー', 'レーダ', 'イメージセンサ', '撮像装置', 'スキャナ', '超音波プローブ', '電極', 'アンテナ', '送受信機', '基地局', 'ウェアラブル'], ko: ['카메라', '마이크', '라이다', '레이더', '이미지 센서', '촬상 장치', '스캐너', '초음파 프로브', '전극', '안테나', '송수신기', '기지국', '웨어러블'] },
  ],
}
