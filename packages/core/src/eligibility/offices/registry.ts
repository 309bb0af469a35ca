import type { RulePack } from '../assessment.js'
import type { Jurisdiction } from '../types.js'
import { cnRulePack } from './cn/assess.js'
import { epRulePack } from './ep/assess.js'
import { jpRulePack } from './jp/assess.js'
import { krRulePack } from './kr/assess.js'
import { ukRulePack } from './uk/assess.js'
import { usRulePack } from './us/assess.js'

/** The rule pack of each office (an explicit static registry, house style R6). */
export const RULE_PACKS: Readonly<Record<Jurisdiction, RulePack>> = {
  US: usRulePack,
  EP: epRulePack,
  CN: cnRulePack,
  JP: jpRulePack,
  KR: krRulePack,
  UK: ukRulePack,
}
