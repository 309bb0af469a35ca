import type { LexiconData } from './lexicon-types.js'

/**
 * Generic computer components (MPEP 2106.05(f) "apply it" on a generic computer; EPO "any hardware"
 * hurdle; JPO/KIPO hardware resources at their most general).
 */
export const GENERIC_COMPUTER_LEXICON: LexiconData = {
  category: 'generic-computer',
  version: '2026.1',
  note: 'Computers, processors, memories, servers, terminals, networks and media recited at a high level of generality. Enough for the EPO any-hardware hurdle, never enough for USPTO Step 2A prong two or 2B.',
  entries: [
    { id: 'computer', weight: 0.5, en: ['computer*', 'computer-implemented', 'computing device*', 'computing system*', 'data processing apparatus', 'information processing apparatus', 'electronic device*'], zh: ['计算机', '电脑', '计算设备', '电子设备', '数据处理装置', '信息处理装置'], ja: ['コンピュータ', 'コンピューター', '計算機', '情報処理装置', '電子機器'], ko: ['컴퓨터', '연산 장치', '정보 처리 장치', '전자 장치'] },
    { id: 'processor', weight: 0.5, en: ['processor*', 'cpu', 'microprocessor*', 'processing unit*', 'controller*', 'circuitry', 'processing circuit*'], zh: ['处理器', '中央处理器', '控制器', '处理电路'], ja: ['プロセッサ', '演算装置', '制御部', 'コントローラ', '処理回路'], ko: ['프로세서', '중앙 처리 장치', '제어부', '컨트롤러', '처리 회로'] },
    { id: 'memory', weight: 0.5, en: ['memory', 'memories', 'storage', 'storage device*', 'database*', 'data store*', 'computer store*'], zh: ['存储器', '存储单元', '存储装置', '数据库'], ja: ['メモリ', '記憶部', '記憶装置', 'データベース'], ko: ['메모리', '저장부', '저장 장치', '데이터베이스'] },
    { id: 'server', weight: 0.5, en: ['server*', 'client*', 'terminal*', 'mobile device*', 'user device*', 'smartphone*', 'user equipment'], zh: ['服务器', '服务端', '客户端', '终端', '移动设备', '手机'], ja: ['サーバ', 'クライアント', '端末', '携帯端末', 'スマートフォン'], ko: ['서버', '클라이언트', '단말', '단말기', '스마트폰'] },
    { id: 'network', weight: 0.5, en: ['network*', 'internet', 'web page*', 'website*', 'web site*', 'hyperlink*', 'browser*', 'online'], zh: ['网络', '互联网', '网页', '网站', '链接', '浏览器', '在线'], ja: ['ネットワーク', 'インターネット', 'ウェブページ', 'ウェブサイト', 'ブラウザ', 'オンライン'], ko: ['네트워크', '인터넷', '웹 페이지', '웹페이지', '웹사이트', '브라우저', '온라인'] },
    { id: 'software', weight: 0.5, en: ['program*', 'software', 'computer-readable', 'machine-readable', 'storage medi*', 'recording medi*', 'instructions stored', 'module*', 'software application*', 'mobile app*'], zh: ['程序', '软件', '计算机可读', '存储介质', '记录介质', '模块', '应用程序'], ja: ['プログラム', 'ソフトウェア', 'コンピュータ読み取り可能', '記録媒体', '記憶媒体', 'モジュール', 'アプリケーション'], ko: ['프로그램', '소프트웨어', '컴퓨터 판독 가능', '기록 매체', '기록매체', '저장 매체', '모듈', '애플리케이션'] },
    { id: 'user-interface', weight: 0.5, en: ['display device*', 'screen*', 'user interface*', 'keyboard*', 'input device*', 'touch screen*'], zh: ['显示器', '显示屏', '屏幕', '用户界面', '键盘', '触摸屏'], ja: ['ディスプレイ', '表示装置', '表示部', '画面', 'ユーザインタフェース', 'キーボード', 'タッチパネル'], ko: ['디스플레이', '표시 장치', '화면', '사용자 인터페이스', '키보드', '터치스크린'] },
  ],
}
