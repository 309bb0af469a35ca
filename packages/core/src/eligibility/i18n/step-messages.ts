/** Titles and findings of each office's test steps, in English and Chinese. */
export const STEP_MESSAGES = {
  'us.step1.title': {
    en: 'Step 1 — statutory category (35 U.S.C. § 101)',
    zh: '步骤1——法定类别（《美国专利法》第101条）',
  },
  'us.step1.pass': {
    en: 'Claim category: {category} — a statutory category.',
    zh: '权利要求类别：{category}——属于法定类别。',
  },
  'us.step1.program': {
    en: 'A computer program as such is not a process, machine, manufacture or composition of matter.',
    zh: '计算机程序本身不属于方法、机器、制品或物质组合物中的任何一类。',
  },
  'us.step2a1.title': {
    en: 'Step 2A prong one — does the claim recite a judicial exception?',
    zh: '步骤2A第一分支——权利要求是否记载了司法例外？',
  },
  'us.step2a1.none': {
    en: 'No mathematical concept, mental process or method of organising human activity is recited; using or training a model merely involves such concepts (memo of 4 Aug 2025). Eligible without further analysis.',
    zh: '未记载数学概念、智力活动过程或组织人类活动的方法；使用或训练模型仅“涉及”而非“记载”此类概念（2025年8月4日备忘录）。无需进一步分析即符合要求。',
  },
  'us.step2a1.recites': {
    en: 'The claim recites {groups}: {terms}.',
    zh: '权利要求记载了{groups}：{terms}。',
  },
  'us.step2a2.title': {
    en: 'Step 2A prong two — is the exception integrated into a practical application?',
    zh: '步骤2A第二分支——司法例外是否被整合到实际应用中？',
  },
  'us.step2a2.integrated': {
    en: 'The additional elements integrate the exception into a practical application (an improvement to the computer, to machine learning itself or to another technology; a particular machine or treatment): {terms}.',
    zh: '附加要素将司法例外整合到实际应用中（对计算机本身、机器学习本身或其他技术的改进；特定机器或特定治疗）：{terms}。',
  },
  'us.step2a2.not-integrated': {
    en: 'The additional elements are generic computer components, data gathering or output, or a field of use; the claim only applies the exception ({counter}).',
    zh: '附加要素仅为通用计算机部件、数据收集或输出，或应用领域限定；权利要求只是“应用”了该司法例外（{counter}）。',
  },
  'us.step2a2.balanced': {
    en: 'Integration is arguable: there are technical elements ({terms}) but the claim is framed by the exception ({counter}).',
    zh: '是否构成整合存在争议：有技术要素（{terms}），但权利要求整体以司法例外为框架（{counter}）。',
  },
  'us.step2a2.not-reached': {
    en: 'Not needed: no judicial exception is recited.',
    zh: '无需审查：未记载司法例外。',
  },
  'us.step2b.title': {
    en: 'Step 2B — does the claim amount to significantly more?',
    zh: '步骤2B——权利要求是否包含“显著更多”的内容？',
  },
  'us.step2b.not-reached': {
    en: 'Not needed: the claim is not directed to a judicial exception.',
    zh: '无需审查：权利要求并非“指向”司法例外。',
  },
  'us.step2b.generic': {
    en: 'Only well-understood, routine and conventional elements are recited at a high level of generality; no inventive concept is apparent from the claim words.',
    zh: '仅以高度概括的方式记载了公知、常规的要素；从权利要求措辞中看不出发明构思。',
  },
  'us.step2b.possible': {
    en: 'Specific elements ({terms}) could supply an inventive concept if the specification shows they are not conventional.',
    zh: '若说明书表明特定要素（{terms}）并非常规，其可能构成发明构思。',
  },
  'ep.art52.title': {
    en: 'Art. 52(2)–(3) EPC — an invention, not a mathematical method or program as such?',
    zh: '《欧洲专利公约》第52(2)–(3)条——是否属于发明，而非数学方法或计算机程序本身？',
  },
  'ep.art52.pass': {
    en: 'The claim uses technical means ({terms}); under the any-hardware approach it is not excluded as such.',
    zh: '权利要求使用了技术手段（{terms}）；按照“任何硬件”原则，不属于被排除的“本身”。',
  },
  'ep.art52.fail': {
    en: 'The claim names no technical means; a purely mathematical or mental method is excluded as such.',
    zh: '权利要求未记载任何技术手段；纯数学或智力方法作为“本身”被排除。',
  },
  'ep.technical.title': {
    en: 'Technical character of the contribution (Guidelines G-II 3.3, 3.3.1; G 1/19)',
    zh: '贡献的技术性（审查指南G-II 3.3、3.3.1；G 1/19）',
  },
  'tech.pass': {
    en: 'The features serve a technical purpose or a technical implementation: {terms}.',
    zh: '相关特征服务于技术目的或技术实现：{terms}。',
  },
  'tech.fail': {
    en: 'The contribution serves a non-technical purpose or is abstract mathematics ({counter}); the only technical means are generic ({generic}).',
    zh: '贡献服务于非技术目的或属于抽象数学（{counter}）；唯一的技术手段是通用的（{generic}）。',
  },
  'tech.balanced': {
    en: 'Technical features ({terms}) and non-technical features ({counter}) are mixed; the outcome depends on which of them make the contribution over the prior art.',
    zh: '技术特征（{terms}）与非技术特征（{counter}）交织；结论取决于相对现有技术作出贡献的是哪一类特征。',
  },
  'ep.comvik.title': {
    en: 'COMVIK — which features count for inventive step (T 641/00)',
    zh: 'COMVIK——哪些特征计入创造性评价（T 641/00）',
  },
  'ep.comvik.technical': {
    en: 'Features contributing to the technical character count for inventive step: {terms}.',
    zh: '对技术性有贡献的特征计入创造性评价：{terms}。',
  },
  'ep.comvik.nontechnical': {
    en: 'Non-technical features ({counter}) enter only as a requirements specification given to the skilled person; inventive step must lie in their technical implementation.',
    zh: '非技术特征（{counter}）仅作为交给技术人员的需求说明；创造性必须体现在其技术实现上。',
  },
  'ep.sufficiency.title': {
    en: 'Sufficiency for a trained model (Art. 83 EPC; T 161/18)',
    zh: '训练模型的充分公开（《欧洲专利公约》第83条；T 161/18）',
  },
  'sufficiency.na': {
    en: 'The claim does not rely on a trained model.',
    zh: '权利要求不依赖训练模型。',
  },
  'sufficiency.check': {
    en: 'The claim relies on a trained model ({terms}); the description must disclose suitable training data, or at least one training set, unless building the model is common general knowledge.',
    zh: '权利要求依赖训练模型（{terms}）；说明书须公开合适的训练数据或至少一个训练集，除非构建该模型属于公知常识。',
  },
  'sufficiency.ok': {
    en: 'The description names the training data ({terms}); check that at least one concrete example is given.',
    zh: '说明书记载了训练数据（{terms}）；请确认至少给出一个具体实例。',
  },
  'uk.exclusion.title': {
    en: 's. 1(2)(c) Patents Act 1977 — excluded "as such"? (Emotional Perception, [2026] UKSC 3)',
    zh: '《1977年专利法》第1(2)(c)条——是否作为“本身”被排除？（Emotional Perception案，[2026] UKSC 3）',
  },
  'uk.exclusion.pass': {
    en: 'Since the Supreme Court abandoned Aerotel, a claim using hardware ({terms}) is not excluded as such; the question moves to the technical contribution.',
    zh: '最高法院放弃Aerotel测试后，使用硬件（{terms}）的权利要求不作为“本身”被排除；问题转向技术贡献。',
  },
  'uk.exclusion.fail': {
    en: 'The claim names no hardware; as a pure method it may be excluded as such.',
    zh: '权利要求未记载硬件；作为纯方法可能作为“本身”被排除。',
  },
  'uk.contribution.title': {
    en: 'Technical contribution (G 1/19 and COMVIK, as adopted by the Supreme Court)',
    zh: '技术贡献（最高法院采纳的G 1/19与COMVIK方法）',
  },
  'uk.contribution.computer': {
    en: 'The program makes the computer itself work better ({terms}), a technical effect whatever the application (Symbian).',
    zh: '该程序使计算机本身运行得更好（{terms}），无论应用为何均具有技术效果（Symbian案）。',
  },
  'cn.art25.title': {
    en: 'Art. 25(1)(2) Patent Law — rules and methods for mental activities?',
    zh: '《专利法》第二十五条第一款第（二）项——是否属于智力活动的规则和方法？',
  },
  'cn.art25.pass': {
    en: 'The claim contains technical features ({terms}), so as a whole it is not excluded under Art. 25(1)(2).',
    zh: '权利要求包含技术特征（{terms}），整体上不属于第二十五条第一款第（二）项排除的情形。',
  },
  'cn.art25.fail': {
    en: 'The claim contains only algorithm or business-rule features ({counter}) and no technical feature; it is a rule or method for mental activities.',
    zh: '权利要求仅包含算法或商业规则特征（{counter}），不包含任何技术特征，属于智力活动的规则和方法。',
  },
  'cn.art2.title': {
    en: 'Art. 2(2) — technical problem, technical means and technical effect, judged as a whole (Guidelines II-9 §6)',
    zh: '第二条第二款——整体判断技术问题、技术手段和技术效果（审查指南第二部分第九章第6节）',
  },
  'cn.art2.pass': {
    en: 'Algorithm features act together with technical features ({terms}) to solve a technical problem with a technical effect.',
    zh: '算法特征与技术特征（{terms}）相互支持、共同作用，解决技术问题并获得技术效果。',
  },
  'cn.art2.fail': {
    en: 'The problem solved is {problem}; the data have no definite technical meaning and the computer only executes the rules ({counter}).',
    zh: '所解决的是{problem}；所处理的数据不具有确切的技术含义，计算机仅用于执行规则（{counter}）。',
  },
  'cn.art2.not-reached': {
    en: 'Not needed: a claim without any technical feature is already excluded under Art. 25(1)(2).',
    zh: '无需审查：不含任何技术特征的权利要求已依第二十五条第一款第（二）项被排除。',
  },
  'cn.ai.title': {
    en: 'AI-related inventions (AI guidelines of 31 Dec 2024; amendment in force 1 Jan 2026)',
    zh: '人工智能相关发明（2024年12月31日《人工智能相关发明专利申请指引（试行）》；2026年1月1日施行的指南修改）',
  },
  'cn.ai.na': { en: 'The claim is not AI-related.', zh: '权利要求不涉及人工智能。' },
  'cn.ai.check': {
    en: 'AI-related claim ({terms}): the description must record the modules, layers and connections, the training steps and parameters, and how the model is combined with the scenario; a mere change of scenario is generally not inventive.',
    zh: '涉及人工智能的权利要求（{terms}）：说明书须记载必要的模块、层级及连接关系、训练步骤和参数，以及模型与应用场景的结合方式；仅改变应用场景一般不具备创造性。',
  },
  'jp.art2.title': {
    en: 'Art. 2(1) Patent Act — a creation of technical ideas utilising a law of nature?',
    zh: '《日本专利法》第2条第1款——是否为利用自然规律的技术思想的创作？',
  },
  'kr.art2.title': {
    en: 'Art. 2 Patent Act — a creation of a technical idea utilising laws of nature?',
    zh: '《韩国专利法》第2条——是否为利用自然规律的技术思想的创作？',
  },
  'nature.technical': {
    en: 'The claim as a whole uses physical or technical means ({terms}); it is statutory whatever software it uses.',
    zh: '权利要求整体上使用了物理或技术手段（{terms}），无论是否使用软件，均属于发明。',
  },
  'nature.artificial': {
    en: 'The claim as a whole is an artificial arrangement, a mathematical method or a mental activity ({counter}); it does not utilise a law of nature.',
    zh: '权利要求整体上属于人为约定、数学方法或智力活动（{counter}），未利用自然规律。',
  },
  'nature.software': {
    en: 'The claim is software-related; whether it is statutory depends on the hardware test.',
    zh: '权利要求涉及软件；是否属于发明取决于硬件资源测试。',
  },
  'jp.hardware.title': {
    en: 'Software-related inventions — information processing concretely realised by hardware resources (Examination Handbook Annex B Ch. 1)',
    zh: '软件相关发明——信息处理是否通过硬件资源具体实现（审查手册附录B第1章）',
  },
  'kr.hardware.title': {
    en: 'Computer-related inventions — software concretely implemented with hardware (KIPO examination guidelines)',
    zh: '计算机相关发明——软件是否通过硬件具体实现（韩国知识产权局审查基准）',
  },
  'hw.pass': {
    en: 'Hardware resources ({terms}) carry out concrete information processing for the claimed purpose.',
    zh: '硬件资源（{terms}）为所要求的用途执行具体的信息处理。',
  },
  'hw.fail': {
    en: 'No hardware resource carries out the processing; the computer must be claimed with the concrete processing it performs.',
    zh: '没有任何硬件资源执行该处理；须将计算机及其执行的具体处理写入权利要求。',
  },
  'hw.nominal': {
    en: 'A computer is named ({terms}) but the processing is the business or mathematical rule itself ({counter}); state how software and hardware cooperate.',
    zh: '虽然提到计算机（{terms}），但处理内容本身是商业或数学规则（{counter}）；应写明软件与硬件如何协同。',
  },
  'hw.not-reached': {
    en: 'Not needed: the claim is statutory on its technical features.',
    zh: '无需审查：权利要求凭其技术特征即属于发明。',
  },
  'jp.ai.title': {
    en: 'JPO AI case examples — description requirements',
    zh: '日本特许厅人工智能审查案例——说明书要求',
  },
  'jp.ai.check': {
    en: 'AI-related claim ({terms}): the description must show, or common general knowledge must allow inferring, a correlation between the input data and the output; give validation results where an AI-estimated property characterises a product.',
    zh: '涉及人工智能的权利要求（{terms}）：说明书须表明（或依据公知常识可推知）输入数据与输出之间的相关性；以AI推定的性质限定产品时，须给出验证结果。',
  },
  'kr.ai.title': {
    en: 'KIPO AI examination guidance — description and inventive step',
    zh: '韩国知识产权局人工智能审查指南——说明书与创造性',
  },
  'kr.ai.check': {
    en: 'AI-related claim ({terms}): describe the training data, preprocessing, learning model and loss function, and the correlation between input and output; an unspecified AI is treated as simple use of known AI for inventive step.',
    zh: '涉及人工智能的权利要求（{terms}）：须说明训练数据、预处理、学习模型和损失函数，以及输入与输出的相关性；未具体限定的AI在创造性评价中视为对已知AI的简单使用。',
  },
  'ai.na': { en: 'The claim is not AI-related.', zh: '权利要求不涉及人工智能。' },
} as const
