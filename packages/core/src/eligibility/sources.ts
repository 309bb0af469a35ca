import { SOURCE_CITATIONS_ZH } from './i18n/source-citations-zh.js'
import type { Lang, LegalSource } from './types.js'

/**
 * The legal sources the rule packs cite, with the verification status recorded in the shared
 * knowledge base (`legal-facts.md` §4): V verified against an official text, S secondary source
 * only, U not verified. Reports show the status so users see which facts are unverified.
 * Re-verify every row against the official source before relying on it.
 */
export const SOURCES = {
  // United States
  'us.101': {
    citation:
      '35 U.S.C. § 101; MPEP 2106 (Alice/Mayo two-step: Step 1, Step 2A prongs one and two, Step 2B)',
    url: 'https://patentlyo.com/patent/2024/07/guidance-eligibility-inventions.html',
    status: 'S',
  },
  'us.alice': { citation: 'Alice Corp. v. CLS Bank Int’l, 573 U.S. 208 (2014)', status: 'S' },
  'us.groupings': {
    citation:
      'MPEP 2106.04(a) — abstract-idea groupings: mathematical concepts, mental processes, certain methods of organising human activity',
    url: 'https://intellectualproperty.dickinson-wright.com/2024/10/17/key-takeaways-from-claim-examples-in-the-2024-ai-patent-eligibility-guidance-a-3-part-series',
    status: 'S',
  },
  'us.ai-2024': {
    citation:
      '2024 Guidance Update on Patent Subject Matter Eligibility, Including on Artificial Intelligence, 89 Fed. Reg. 58128 (17 July 2024)',
    url: 'https://govinfo.gov/content/pkg/FR-2024-07-17/html/2024-15377.htm',
    status: 'V',
  },
  'us.ex47': {
    citation:
      'USPTO 2024 AI SME Update, Example 47 (anomaly detection): claim 1 ASIC eligible, claim 2 ineligible, claim 3 eligible',
    url: 'https://patentblurb.com/legal:statutory_subject_matter:peg:examples',
    status: 'S',
  },
  'us.ex48': {
    citation:
      'USPTO 2024 AI SME Update, Example 48 (speech separation): claim 1 ineligible; claims 2–3 eligible (not read verbatim)',
    url: 'https://www.ailegaljournal.com/2024/11/part-2-key-takeaways-from-claim-examples-in-the-2024-ai-patent-eligibility-guidance/',
    status: 'U',
  },
  'us.ex49': {
    citation:
      'USPTO 2024 AI SME Update, Example 49 (fibrosis): claim 1 ineligible, claim 2 (particular treatment) eligible',
    url: 'https://klarquist.com/blog/federal-circuit-IP/2024-guidance-update-on-patent-subject-matter-eligibility-including-on-artificial-intelligence/',
    status: 'S',
  },
  'us.memo-2025': {
    citation:
      'USPTO memorandum of 4 Aug 2025 (Deputy Commissioner C. Kim): "recites" vs "involves"; no § 101 rejection for close calls',
    url: 'https://www.morganlewis.com/pubs/2025/08/uspto-issues-memorandum-reminding-examiners-regarding-subject-matter-eligibility-evaluation',
    status: 'S',
  },
  'us.desjardins': {
    citation:
      'Ex parte Desjardins, Appeal 2024-000567 (USPTO Appeals Review Panel, 26 Sept 2025; precedential 4 Nov 2025)',
    url: 'https://www.ptabwatch.com/2025/10/review-panel-of-the-ptab-weighs-in-on-eligibility-of-ai-claims/',
    status: 'S',
  },
  'us.smed-2025': {
    citation:
      'USPTO memoranda of 4–5 Dec 2025 on Subject Matter Eligibility Declarations (37 CFR 1.132)',
    url: 'https://www.mofo.com/resources/insights/251209-uspto-puts-subject-matter-eligibility-declarations-in-the-spotlight',
    status: 'S',
  },
  'us.extra-solution': {
    citation:
      'MPEP 2106.05(g)–(h): insignificant extra-solution activity (data gathering, output) and field-of-use limitations',
    status: 'U',
  },
  'us.112': {
    citation: '35 U.S.C. § 112(a); Amgen Inc. v. Sanofi, 598 U.S. 594 (2023)',
    url: 'https://supreme.justia.com/cases/federal/us/598/21-757/',
    status: 'V',
  },
  // European Patent Office
  'ep.art52': {
    citation:
      'Art. 52(2)(a),(c) and (3) EPC — mathematical methods and programs for computers "as such"; any-hardware approach',
    url: 'https://epo.org/en/legal/case-law/2019/clr_v_b_2_3.html',
    status: 'V',
  },
  'ep.comvik': {
    citation:
      'T 641/00 (COMVIK): only features contributing to technical character count for inventive step',
    url: 'https://epo.org/en/legal/case-law/2019/clr_v_b_2_3.html',
    status: 'V',
  },
  'ep.g119': {
    citation:
      'G 1/19 (10 Mar 2021): technical effect must go beyond the implementation on a computer',
    url: 'https://www.epo.org/en/law-and-practice/boards-of-appeal/communications/press-communique-10-march-2021-decision-g-119',
    status: 'V',
  },
  'ep.gii-331': {
    citation: 'EPO Guidelines G-II, 3.3.1 (2025) — artificial intelligence and machine learning',
    url: 'https://epo.org/en/legal/guidelines-epc/2025/g_ii_3_3_1.html',
    status: 'V',
  },
  'ep.gii-33': {
    citation:
      'EPO Guidelines G-II, 3.3 — technical purposes of mathematical methods (control, audio/image enhancement, compression, encryption, load distribution, physiological diagnosis)',
    url: 'https://www.haseltinelake.com/media-centre/blog/2018/october/new-epo-guidelines-on-mathematical-methods,-ai-and-machine-learning',
    status: 'S',
  },
  'ep.t161-18': {
    citation:
      'T 161/18 (12 May 2020): trained ANN insufficiently disclosed without its training data (Art. 83 EPC); T 1669/21',
    url: 'https://www.epo.org/en/legal/case-law/2025/clr_ii_c_6_1_1.html',
    status: 'V',
  },
  // United Kingdom
  'uk.s1': {
    citation: 'Patents Act 1977, s. 1(2)(c) — program for a computer "as such"',
    status: 'S',
  },
  'uk.emotional-perception': {
    citation:
      'Emotional Perception AI Ltd v Comptroller-General [2026] UKSC 3 (11 Feb 2026): Aerotel abandoned; any-hardware approach and G 1/19 / COMVIK',
    url: 'https://www.mewburn.com/forward/out-with-the-old-and-in-with-the-new-the-supreme-court-hands-down-its-judgment-in-emotional-perception',
    status: 'S',
  },
  'uk.symbian': {
    citation:
      'Symbian Ltd v Comptroller-General [2008] EWCA Civ 1066 — a program that makes the computer itself work better',
    status: 'U',
  },
  // China
  'cn.art2': {
    citation:
      'Patent Law Art. 2(2) — technical solution: technical problem, technical means, technical effect',
    url: 'http://www.liu-shen.com/Content-2970.html',
    status: 'S',
  },
  'cn.art25': {
    citation: 'Patent Law Art. 25(1)(2) — rules and methods for mental activities',
    url: 'http://www.liu-shen.com/Content-2970.html',
    status: 'S',
  },
  'cn.gl-ii9-6': {
    citation:
      'Guidelines for Patent Examination Part II Ch. 9 §6 (in force 1 Feb 2020): algorithm and business features examined with technical features as a whole',
    url: 'https://www.east-ip.com/zh/insights/amendment-to-guidelines-for-examination-of-claims-involving-algorithmic-features-or-business-rules-and-methods',
    status: 'S',
  },
  'cn.gl-2024': {
    citation:
      'Guidelines amendment in force 20 Jan 2024: storage-medium and computer-program-product claims; AI and big-data examples',
    url: 'https://www.spruson.com/patents/china-patent-guidelines-for-examination-changes-for-ai-big-data-and-software/',
    status: 'S',
  },
  'cn.ai-2024': {
    citation:
      '人工智能相关发明专利申请指引（试行）/ Guidelines for AI-related invention applications (trial), 31 Dec 2024',
    url: 'http://jnzjwt.com/1281.html',
    status: 'S',
  },
  'cn.gl-2026': {
    citation:
      'CNIPA Decision No. 84, Guidelines amendment in force 1 Jan 2026: disclosure of model building and training; ethics; scenario changes',
    url: 'https://www.chinaiplawupdate.com/2025/11/chinas-national-intellectual-property-administration-releases-revised-guidelines-for-patent-examination-effective-january-1-2026/',
    status: 'S',
  },
  // Japan
  'jp.art2': {
    citation: 'Patent Act Art. 2(1) — creation of technical ideas utilising a law of nature',
    url: 'https://japancompliance.com/what-exactly-does-japanese-patent-law-consider-an-invention-and-how-does-this-impact-software-and-business-methods',
    status: 'S',
  },
  'jp.handbook-b1': {
    citation:
      'JPO Examination Handbook Annex B Ch. 1 — software-related inventions: information processing concretely realised by hardware resources',
    url: 'https://japanese-patent.com/examination-handbook-software',
    status: 'S',
  },
  'jp.ai-cases': {
    citation:
      'JPO AI case examples (Handbook Annex A, 2019; cases 46–51 on description requirements)',
    url: 'http://www.rc-iplaw.com/en/news/detail/33',
    status: 'S',
  },
  // Korea
  'kr.art2': {
    citation:
      'Patent Act Art. 2 — creation of a technical idea utilising laws of nature; software concretely implemented with hardware',
    url: 'https://www.kipo.go.kr/en/HtmlApp?c=92012&catmenu=ek03_08_05',
    status: 'S',
  },
  'kr.ai-guide': {
    citation:
      'KIPO AI examination guidance (2020/2021, rev. 2023; 2025–26 cases): training data, preprocessing, model, loss function; input–output correlation',
    url: 'https://www.kipo.go.kr/en/HtmlApp?c=92012&catmenu=ek03_08_05',
    status: 'V',
  },
} as const satisfies Record<string, Omit<LegalSource, 'id'>>

/** The id of a catalogued legal source. */
export type SourceId = keyof typeof SOURCES

/** The catalogue entry for `id`, with its id and the citation in `lang` (default English). */
export function legalSource(id: SourceId, lang: Lang = 'en'): LegalSource {
  const source: LegalSource = { id, ...SOURCES[id] }
  return lang === 'zh' ? { ...source, citation: SOURCE_CITATIONS_ZH[id] } : source
}
