import type { LexiconData } from './lexicon-types.js'

/**
 * Physical outputs: control of machines, transformation of matter, particular treatments and
 * concrete network actions (MPEP 2106.04(d): particular machine, transformation, particular
 * treatment — USPTO Examples 47 claim 3 and 49 claim 2; EPO G-II 3.3: control of a technical system).
 */
export const PHYSICAL_OUTPUT_LEXICON: LexiconData = {
  category: 'physical-output',
  version: '2026.1',
  note: 'The result of the processing is used to act on the physical world or on a technical system: control commands, actuation, locking, manufacturing, administering a specific treatment, dropping or blocking network traffic.',
  entries: [
    { id: 'control', en: ['controlling', 'controlled', 'controls', 'to control', 'control of', 'control the', 'control a', 'control an', 'control signal*', 'control command*', 'control instruction*', 'control law*', 'control polic*', 'closed-loop', 'feedback control'], zh: ['控制', '调控', '闭环'], ja: ['制御', '閉ループ'], ko: ['제어', '폐루프'] },
    { id: 'actuation', en: ['actuat*', 'driving the', 'drives the', 'steer*', 'braking', 'propel*', 'rotat* the motor', 'move* the robot', 'moving the robot', 'gait*', 'locomotion', 'walking', 'grasp*', 'pick* up the', 'navigat* the'], zh: ['驱动', '转向', '制动', '步态', '行走', '抓取', '导航', '运动控制'], ja: ['駆動', '操舵', '制動', '歩容', '歩行', '把持', 'ナビゲーション'], ko: ['구동', '조향', '제동', '보행', '파지', '내비게이션'] },
    { id: 'lock', en: ['unlock*', 'locking the'], enPatterns: ['(?:open|clos)\\w*\\s+(?:automatically\\s+)?the\\s+(?:press|mold|mould|valve|door|lock|gate|gripper|switch|breaker)'], zh: ['解锁', '开锁', '上锁', '关锁', '开门'], ja: ['解錠', '施錠', '開錠'], ko: ['잠금 해제', '잠금해제', '해정'] },
    { id: 'manufacture', en: ['manufactur*', 'fabricat*', 'machining', 'welding', 'cutting the', 'curing', 'mold* the', 'moulding', 'printing the object*', 'irrigat*', 'dispens*', 'heating the', 'cooling the'], zh: ['制造', '机械加工', '焊接', '切割', '固化', '成型', '增材', '灌溉', '喷洒', '加热', '冷却'], ja: ['製造', '機械加工', '溶接', '切断', '硬化', '成形', '積層造形', '灌漑', '加熱', '冷却'], ko: ['제조', '기계 가공', '용접', '절단', '경화', '성형', '적층', '관개', '가열', '냉각'] },
    { id: 'administering', weight: 0.25, en: ['administer', 'administers', 'administered', 'administering'], zh: ['给药', '施用'], ja: ['投与'], ko: ['투여'] },
    { id: 'treatment', en: ['dose', 'doses', 'dosage*', 'drug*', 'medicament*', 'medication*', 'pharmaceutical*', 'compound', 'tablet*', 'capsule*', 'injection*', 'ointment*', 'drops', 'vaccin*', 'therap*', 'surgical', 'implant*', 'stimulat* the'], zh: ['滴剂', '片剂', '注射', '剂量', '药物', '手术', '植入', '刺激'], ja: ['点眼剤', '錠剤', '注射', '用量', '薬剤', '手術', '埋め込み', '刺激'], ko: ['점안제', '정제', '주사', '용량', '약물', '수술', '이식', '자극'] },
    { id: 'network-action', en: ['quarantin*', 'reroute*', 'rerouting', 'throttl*', 'retransmi*'], enPatterns: ['drop\\w*\\s+(?:\\w+\\s+){0,3}packets?', 'block\\w*\\s+(?:\\w+\\s+){0,3}(?:traffic|packets?|source address)'], zh: ['丢弃数据包', '阻断', '拦截', '重路由', '重传'], ja: ['パケットを破棄', '遮断', '隔離', '再送'], ko: ['패킷을 폐기', '패킷 폐기', '차단', '격리', '재전송'] },
  ],
}
