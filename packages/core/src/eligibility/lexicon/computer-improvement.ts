import type { LexiconData } from './lexicon-types.js'

/**
 * Improvements to the functioning of the computer itself (MPEP 2106.04(d)(1) and 2106.05(a);
 * CN AI guidelines 2024: algorithm with a specific technical relationship to the internal structure
 * of the computer system; EPO G-II 3.3.1 technical implementation motivated by computer internals).
 */
export const COMPUTER_IMPROVEMENT_LEXICON: LexiconData = {
  category: 'computer-improvement',
  version: '2026.1',
  note: 'Claim language about the internals of the computer or network: memory management, caches, libraries and linking, operating systems, addressing, instruction execution, parallelism, load distribution, data structures that change how the machine works.',
  entries: [
    { id: 'memory-management', en: ['cache memor*', 'cache*', 'caching', 'memory allocation', 'memory management', 'memory access*', 'memory address*', 'address space', 'buffer*', 'page table*', 'garbage collect*', 'register file*', 'processor register*', 'shift register*', 'pointer*'], zh: ['缓存', '高速缓存', '内存分配', '内存管理', '内存访问', '内存地址', '地址空间', '缓冲区', '页表', '寄存器', '指针'], ja: ['キャッシュ', 'メモリ割り当て', 'メモリ管理', 'メモリアクセス', 'アドレス空間', 'バッファ', 'ページテーブル', 'レジスタ', 'ポインタ'], ko: ['캐시', '메모리 할당', '메모리 관리', '메모리 접근', '주소 공간', '버퍼', '페이지 테이블', '레지스터', '포인터'] },
    { id: 'linking', en: ['dynamic link librar*', 'dll', 'dlls', 'shared librar*', 'linker', 'dynamic linking', 'operating system*', 'kernel', 'firmware', 'device driver*', 'compiler*', 'compiling', 'bytecode', 'virtual machine*', 'virtuali*', 'file system*', 'booting', 'boot process*', 'bios'], zh: ['动态链接库', '链接库', '函数库', '操作系统', '内核', '固件', '驱动程序', '编译器', '编译', '虚拟机', '虚拟化', '文件系统'], ja: ['ダイナミックリンクライブラリ', '共有ライブラリ', 'オペレーティングシステム', 'カーネル', 'ファームウェア', 'デバイスドライバ', 'コンパイラ', '仮想マシン', '仮想化', 'ファイルシステム'], ko: ['동적 링크 라이브러리', '공유 라이브러리', '운영 체제', '운영체제', '커널', '펌웨어', '디바이스 드라이버', '컴파일러', '가상 머신', '가상화', '파일 시스템'] },
    { id: 'execution', en: ['instruction set*', 'instruction pipeline*', 'thread*', 'parallel processing', 'parallel comput*', 'parallelis*', 'multi-core', 'multicore', 'scheduling of tasks', 'task scheduling', 'load balanc*', 'load distribution', 'interrupt*', 'hardware resource*', 'hardware acceleration', 'memory bandwidth', 'data bus'], zh: ['指令集', '流水线', '线程', '并行处理', '并行计算', '多核', '任务调度', '负载均衡', '中断', '硬件资源', '硬件加速', '总线'], ja: ['命令セット', 'パイプライン', 'スレッド', '並列処理', '並列計算', 'マルチコア', 'タスクスケジューリング', '負荷分散', '割り込み', 'ハードウェア資源', 'ハードウェア加速', 'バス'], ko: ['명령어 집합', '파이프라인', '스레드', '병렬 처리', '병렬 연산', '멀티코어', '작업 스케줄링', '부하 분산', '인터럽트', '하드웨어 자원', '하드웨어 가속', '버스'] },
    { id: 'data-structure', weight: 0.5, en: ['data structure*', 'index structure*', 'hash table*', 'bloom filter*', 'tree structure*', 'library', 'libraries', 'ordinal*', 'function call*', 'linking'], zh: ['数据结构', '哈希表', '布隆过滤器', '树结构', '索引结构'], ja: ['データ構造', 'ハッシュテーブル', 'ブルームフィルタ', '木構造'], ko: ['데이터 구조', '해시 테이블', '블룸 필터', '트리 구조'] },
    { id: 'computer-itself', en: ['functioning of the computer', 'computer itself', 'operation of the computer', 'computer security', 'network security', 'intrusion detection', 'packet inspection'], zh: ['计算机系统内部', '计算机内部结构', '计算机性能', '网络安全', '入侵检测'], ja: ['コンピュータ自体', '計算機の性能', 'ネットワークセキュリティ', '侵入検知'], ko: ['컴퓨터 자체', '컴퓨터 성능', '네트워크 보안', '침입 탐지'] },
  ],
}
