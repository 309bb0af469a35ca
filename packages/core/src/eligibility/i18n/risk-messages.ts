/** Risks in English and Chinese. */
export const RISK_MESSAGES = {
  'risk.information-only': {
    en: 'The only output is information ({terms}) — a score, a classification or a display — not a technical action.',
    zh: '唯一的输出是信息（{terms}）——评分、分类结果或显示内容，而非技术性动作。',
  },
  'risk.generic-computer': {
    en: 'Only generic computer components carry out the steps ({terms}).',
    zh: '执行各步骤的只有通用计算机部件（{terms}）。',
  },
  'risk.no-training-data': {
    en: 'No training-data disclosure: the claim relies on a trained model, and no description naming its training data was supplied.',
    zh: '缺少训练数据公开：权利要求依赖训练模型，但未提供记载其训练数据的说明书。',
  },
  'risk.no-training-data-in-description': {
    en: 'No training-data disclosure: the description supplied does not describe the training data of the model.',
    zh: '缺少训练数据公开：所提供的说明书未描述模型的训练数据。',
  },
  'risk.named-math': {
    en: 'The claim names mathematical formulas or algorithms ({terms}); it recites, not merely involves, a mathematical concept.',
    zh: '权利要求写明了数学公式或算法（{terms}），属于“记载”而非仅“涉及”数学概念。',
  },
  'risk.business': {
    en: 'Business or organising-human-activity framing ({terms}).',
    zh: '以商业或组织人类活动为框架（{terms}）。',
  },
  'risk.cognitive': {
    en: 'The purpose is linguistic, cognitive or subjective ({terms}), which the office does not treat as technical.',
    zh: '目的是语言、认知或主观性的（{terms}），该局不视为技术性目的。',
  },
  'risk.field-of-use': {
    en: 'Technical words appear only in the preamble ({terms}); the steps themselves stay abstract, which reads as a mere field of use.',
    zh: '技术性措辞仅出现在前序部分（{terms}）；各步骤本身仍是抽象的，只相当于应用领域的限定。',
  },
  'risk.result-oriented': {
    en: 'The model is claimed by its result ({terms}) without saying how it is structured or trained.',
    zh: '仅以结果限定模型（{terms}），未说明其结构或训练方式。',
  },
  'risk.new-scenario': {
    en: 'Known AI applied to a new scenario ({terms}); without adapting the model, a mere change of scenario is generally not inventive.',
    zh: '将已知AI用于新场景（{terms}）；若未对模型作出适应性改进，仅改变应用场景一般不具备创造性。',
  },
  'risk.biometric': {
    en: 'Biometric or personal data ({terms}): algorithms that collect such data without consent, or that discriminate, are refused.',
    zh: '涉及生物特征或个人数据（{terms}）：未经同意收集此类数据或具有歧视性的算法将被驳回。',
  },
  'risk.program-claim': {
    en: 'Claimed as a computer program: claim a method, a system or a non-transitory computer-readable medium instead.',
    zh: '以计算机程序为主题：应改为方法、系统或非暂时性计算机可读介质权利要求。',
  },
  'risk.parent-missing': {
    en: 'Dependent claim analysed without claim {parents}, which it refers to; the verdict reflects its own features only.',
    zh: '从属权利要求所引用的权利要求{parents}未提供；结论仅反映其自身特征。',
  },
} as const
