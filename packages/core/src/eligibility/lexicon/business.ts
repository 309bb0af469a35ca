import type { LexiconData } from './lexicon-types.js'

/**
 * Methods of organising human activity and doing business (MPEP 2106.04(a)(2) II; EPC Art. 52(2)(c);
 * CN Art. 25(1)(2) business rules; JP/KR "artificial arrangements" that do not use laws of nature).
 */
export const BUSINESS_LEXICON: LexiconData = {
  category: 'business',
  version: '2026.1',
  note: 'Commerce, finance, marketing, scheduling of people and events, legal and administrative arrangements, games and social interaction. A claim framed by them is the classic abstract idea.',
  entries: [
    { id: 'commerce', en: ['commerc*', 'merchant*', 'e-commerce', 'retail*', 'storefront*'], zh: ['商业', '商务', '电商', '商户', '商家', '零售'], ja: ['商取引', '電子商取引', '加盟店', '小売'], ko: ['상거래', '전자상거래', '가맹점', '소매'] },
    { id: 'purchase', en: ['purchas*', 'shopping', 'buyer*', 'seller*', 'sale', 'sales', 'selling', 'vendor*', 'order* a product', 'product* to be purchased'], zh: ['购买', '购物', '买家', '卖家', '销售', '订单', '下单'], ja: ['購入', '買い物', '販売', '注文', '売買'], ko: ['구매', '구입', '쇼핑', '판매', '주문'] },
    { id: 'price', en: ['price*', 'pricing', 'fee', 'fees', 'revenue*', 'profit*', 'expense*', 'ticket*', 'invoice*', 'billing'], zh: ['价格', '售价', '费用', '收费', '收入', '利润', '门票', '账单', '票价'], ja: ['価格', '料金', '代金', '手数料', '収益', '利益', 'チケット', '請求書'], ko: ['가격', '요금', '수수료', '수익', '이익', '티켓', '청구서'] },
    { id: 'payment', en: ['payment*', 'paying', 'banking', 'bank account*', 'bank transfer*', 'credit card*', 'account balance*', 'transaction fee*', 'loan*', 'currency'], zh: ['支付', '付款', '银行', '信用卡', '贷款', '账户余额', '货币'], ja: ['決済', '支払', '銀行', 'クレジットカード', '融資', '口座'], ko: ['결제', '지불', '은행', '신용카드', '대출', '계좌'] },
    { id: 'finance', en: ['financ*', 'insur*', 'invest*', 'portfolio*', 'stock market', 'securities', 'trading', 'hedg*', 'credit risk', 'credit scor*', 'credit record*', 'debit*', 'obligation*', 'settlement*', 'escrow', 'clearing house*', 'ledger*', 'financial institution*', 'exchange institution*'], zh: ['金融', '保险', '投资', '股票', '证券', '理财', '信贷', '风控'], ja: ['金融', '保険', '投資', '株式', '証券', '与信'], ko: ['금융', '보험', '투자', '주식', '증권', '신용 평가'] },
    { id: 'auction', en: ['auction*', 'bidding', 'bids', 'tender*', 'lottery', 'lotteries', 'raffle*', 'gambling', 'betting', 'wager*'], zh: ['拍卖', '招标', '投标', '竞价', '彩票', '抽奖', '抽签', '博彩'], ja: ['オークション', '競売', '入札', '抽選', 'くじ', '賭'], ko: ['경매', '입찰', '추첨', '복권', '도박', '베팅'] },
    { id: 'marketing', en: ['advertis*', 'marketing', 'promotion*', 'coupon*', 'rebate*', 'discounts', 'price discount*', 'loyalty', 'reward point*', 'incentive*', 'customer*', 'consumer*', 'subscriber fee*'], zh: ['广告', '营销', '促销', '优惠', '折扣', '返利', '返现', '积分', '客户', '顾客', '消费者', '消费额', '消费'], ja: ['広告', 'マーケティング', '販促', 'クーポン', '割引', 'ポイント付与', '顧客', '消費者'], ko: ['광고', '마케팅', '판촉', '쿠폰', '할인', '적립', '포인트 적립', '고객', '소비자'] },
    { id: 'economy', en: ['econom*', 'market demand', 'supply chain*', 'inventory', 'accounting', 'tax', 'taxes', 'taxation', 'salary', 'payroll'], zh: ['经济', '景气', '市场需求', '供应链', '库存', '会计', '税', '预算', '工资'], ja: ['経済', '景気', '需要予測', '在庫', '会計', '税', '予算', '給与'], ko: ['경제', '경기', '수요 예측', '재고', '회계', '세금', '예산', '급여'] },
    { id: 'contract-legal', en: ['contract*', 'legal document*', 'company formation', 'incorporat* a company', 'incorporation of a company', 'lease*', 'rental*', 'renting', 'booking*', 'reservation*', 'hotel*', 'real estate', 'employee*', 'employer*', 'employment', 'recruit*', 'hiring', 'contractor*', 'supplier*'], zh: ['合同', '契约', '法律文件', '公司注册', '租赁', '租用', '租金', '预订', '预约', '酒店', '房地产', '雇佣', '招聘', '员工', '承包商', '供应商'], ja: ['契約', '法律文書', '会社設立', '賃貸', 'レンタル', '予約', '宿泊', 'ホテル', '不動産', '雇用', '業者', '事業者', '取引先'], ko: ['계약', '법률 문서', '회사 설립', '임대', '렌탈', '예약', '숙박', '호텔', '부동산', '고용', '채용', '업자', '사업자'] },
    { id: 'events-media', en: ['live event*', 'event schedul*', 'performer*', 'venue*', 'attendance', 'audience*', 'television rating*', 'viewership', 'broadcast schedul*', 'itinerar*', 'shopping tour*', 'tourism'], zh: ['演出', '场馆', '观众', '收视率', '行程', '旅游', '赛事'], ja: ['公演', '会場', '観客', '視聴率', '旅行', '行程'], ko: ['공연', '공연장', '관객', '시청률', '여행', '일정표'] },
    { id: 'scheduling', weight: 0.5, en: ['schedul*', 'ratings', 'rating'], zh: ['排班', '日程', '排期', '评级'], ja: ['スケジュール', '日程', '格付'], ko: ['스케줄', '등급'] },
    { id: 'social', en: ['social network*', 'internet community', 'online community', 'mini-room*', 'avatar item*', 'virtual item*', 'dating', 'voting', 'survey*', 'questionnaire*', 'donation*', 'game rule*'], zh: ['社交', '社区', '虚拟物品', '虚拟商品', '投票', '问卷', '捐赠', '游戏规则'], ja: ['ソーシャル', 'コミュニティ', '仮想アイテム', '投票', 'アンケート', '寄付', 'ゲームのルール'], ko: ['소셜', '커뮤니티', '미니룸', '미니홈피', '아이템 구매', '투표', '설문', '기부', '게임 규칙'] },
    { id: 'management', weight: 0.5, en: ['business', 'management of personnel', 'workflow*', 'human resource*', 'organi* of work'], zh: ['业务', '商业规则', '管理规则', '人力资源'], ja: ['ビジネス', '業務', '人事'], ko: ['비즈니스', '업무', '인사'] },
  ],
}
