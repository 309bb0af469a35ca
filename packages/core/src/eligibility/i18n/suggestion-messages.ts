/** Drafting suggestions in English and Chinese. */
export const SUGGESTION_MESSAGES = {
  'sugg.us.improvement': {
    en: 'Recite in the claim the specific improvement to the computer or to the training of the model (e.g. less storage, preserved accuracy on earlier tasks, lower latency), and describe the problem and the measured improvement in the specification; a bare assertion is not enough.',
    zh: '在权利要求中写明对计算机或对模型训练本身的具体改进（如减少存储、保持旧任务精度、降低时延），并在说明书中描述所解决的问题及实测改进；仅作断言不够。',
  },
  'sugg.us.action': {
    en: 'Add a concrete downstream technical action that uses the result: control of a device, dropping or blocking network traffic, generating a separated speech waveform, or administering a particular treatment.',
    zh: '增加利用结果的具体下游技术动作：控制设备、丢弃或阻断网络流量、生成分离后的语音波形，或施用特定治疗。',
  },
  'sugg.us.hardware': {
    en: 'Add a claim to the dedicated hardware that implements the model (e.g. an ASIC or accelerator with its circuits).',
    zh: '增加针对实现该模型的专用硬件的权利要求（如ASIC或加速器及其电路）。',
  },
  'sugg.us.involve': {
    en: 'Prefer wording that involves rather than recites mathematics: "train the model on X" rather than naming backpropagation, gradient descent or a formula.',
    zh: '措辞上以“涉及”代替“记载”数学：写“基于X训练模型”，而不写明反向传播、梯度下降或公式。',
  },
  'sugg.us.smed': {
    en: 'If rejected, file a Subject Matter Eligibility Declaration (37 CFR 1.132) with evidence of the improvement and of the state of the art.',
    zh: '如被驳回，可提交客体适格性声明（37 CFR 1.132），附上改进效果及现有技术状况的证据。',
  },
  'sugg.us.enablement': {
    en: 'For broad functional model claims, describe enough training data and procedure to enable the full scope claimed.',
    zh: '对宽泛的功能性模型权利要求，应描述足够的训练数据和流程，使整个保护范围均能实现。',
  },
  'sugg.ep.purpose': {
    en: 'Limit the claim to a specific technical purpose and state it functionally: processing of sensor, physiological, image or audio signals, control of a device, or use of network and computer resources.',
    zh: '将权利要求限定于具体的技术目的并以功能方式表述：处理传感器、生理、图像或音频信号，控制设备，或网络与计算机资源的使用。',
  },
  'sugg.ep.implementation': {
    en: 'Alternatively claim a specific technical implementation motivated by the internals of the computer (memory layout, GPU parallelism, caches).',
    zh: '或者要求保护出于计算机内部考虑的具体技术实现（内存布局、GPU并行、缓存）。',
  },
  'sugg.ep.training-data': {
    en: 'Disclose the type of training data, its features and labels, size and sources, the architecture and the training procedure, with at least one concrete example; explain how the training set serves the technical purpose.',
    zh: '公开训练数据的类型、特征和标签、规模和来源、网络结构及训练流程，并至少给出一个具体实例；说明训练集如何服务于技术目的。',
  },
  'sugg.uk.inventive-step': {
    en: 'Expect the hearing officer to assess inventive step on the technical features only; build the fallback claims around them.',
    zh: '预计审查员仅基于技术特征评价创造性；应围绕技术特征构建后备权利要求。',
  },
  'sugg.cn.technical-data': {
    en: 'Bind inputs and outputs to data with a definite technical meaning (images, signals, sensor data) and state the technical problem, the technical means and the technical effect.',
    zh: '将输入和输出限定为具有确切技术含义的数据（图像、信号、传感器数据），并写明技术问题、技术手段和技术效果。',
  },
  'sugg.cn.hardware': {
    en: 'Where the improvement is computational, recite its specific relation to the internal structure of the computer (memory, compute or bandwidth optimisation).',
    zh: '若改进在于计算本身，应写明算法与计算机内部结构的特定技术关联（内存、算力或带宽优化）。',
  },
  'sugg.cn.disclosure': {
    en: 'Describe the modules, layers and connections, the training steps and parameters, the data sets, and how the model is combined with the scenario and its inputs and outputs.',
    zh: '描述模块、层级及连接关系、训练步骤和参数、数据集，以及模型如何与应用场景及其输入输出相结合。',
  },
  'sugg.cn.forms': {
    en: 'Add storage-medium and computer-program-product claims (accepted since 20 Jan 2024).',
    zh: '增加存储介质和计算机程序产品权利要求（自2024年1月20日起接受）。',
  },
  'sugg.cn.compliance': {
    en: 'State that personal or biometric data are collected lawfully and with consent, and that the algorithm does not discriminate.',
    zh: '写明个人或生物特征数据经合法授权并取得同意后收集，且算法不具有歧视性。',
  },
  'sugg.jp.hardware': {
    en: 'Claim the computer (or program or trained model making a computer function) with the concrete information processing it performs for the use purpose, so that software and hardware visibly cooperate.',
    zh: '以计算机（或使计算机发挥功能的程序、训练模型）加上其为特定用途执行的具体信息处理撰写权利要求，使软件与硬件的协同清楚可见。',
  },
  'sugg.jp.correlation': {
    en: 'Describe the correlation between the input data and the output, and give validation results.',
    zh: '描述输入数据与输出之间的相关性，并给出验证结果。',
  },
  'sugg.kr.hardware': {
    en: 'Recite the concrete means by which software and hardware together process the information for the use purpose.',
    zh: '写明软件与硬件共同为特定用途处理信息的具体手段。',
  },
  'sugg.kr.disclosure': {
    en: 'Describe the training data, preprocessing, learning model and loss function, and the input–output correlation; for reinforcement learning define the agent, environment, state, action and reward.',
    zh: '描述训练数据、预处理、学习模型和损失函数以及输入输出的相关性；强化学习须定义智能体、环境、状态、动作和奖励。',
  },
  'sugg.kr.specify': {
    en: 'Specify the AI means and their advantageous effect rather than "a known model"; a business method simply systemised with known AI is denied inventive step.',
    zh: '具体限定AI手段及其有益效果，而非泛称“已知模型”；仅以已知AI将商业方法系统化的，不具备创造性。',
  },
} as const
