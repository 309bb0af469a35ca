/**
 * What `chuhai ingest` must find in each folder of `../shared/data` (issue 3, "a test lists the
 * expected count per folder"), established independently of the parsers by counting root
 * elements, records, lines and rows in the files (Python's xml, json and csv modules):
 *
 * - USPTO-PatentPublicData: 6 us-patent-grant + 2 us-patent-application + 3 pap + 3 PATDOC + 3 APS
 *   + 6 BRS = 23 publications; not patents: CPC master, CPC scheme and 13 XML4IP parts.
 * - go-uspto: 7 + 9 v4 + 3 PATDOC + 2 pap = 21 documents; test.xml repeats v4-5-B2.xml
 *   (US 11,147,202 B2), so 20 distinct publications.
 * - PatentsView-DB: 546 grants + 3 v4 applications + 1 pap = 550 documents, 468 distinct (the
 *   weekly excerpts overlap); 14 sequence listings and basic.xml, a 12-line `<a>` toy with no
 *   patent element, are skipped as non-patents.
 * - go-epo-eps: 73 `ep-patent-document`s (DTD 1.0–1.5.1, A1/A2/B1/B2); 5 of the `dtds/` examples
 *   repeat test-data documents, so 68 distinct publications.
 * - go-epo-bdds: 10 `exch:exchange-document`s in DE-backfile.xml + AP, WO ×2, YU = 14; the DTD
 *   `docdb-entities.dtd` is recognised, not a patent.
 * - PatentStandardization: 4 USPTO applications, 5 `cn-patent-document`, 4
 *   `business:PatentDocumentAndRelated`, 5 `jp-official-gazette`, 2 WIPO ST.36 examples (EP
 *   documents), 1 ST.96 `pat:PatentPublication` = 21; not patents: 2 ST.36 `toc.xml`, ST.96
 *   trademark, GI and design applications.
 * - patent_client: 233 records of 167 distinct publications (EPO OPS biblio/family/legal/full-text
 *   answers, PPUBS/ODP JSON and USPTO XML); 43 non-patents (an .xlsx code table's parts, USPTO
 *   assignment answers, an OPS search list, tokens and transaction lists).
 * - api-responses: 69 records of 34 distinct publications (EPO OPS answers, USPTO grant XML, ODP
 *   file wrappers, the Lens records of every schema including the pre-2021 one); 142 non-patents,
 *   among them the 5 recorded OPS error bodies (400, 401, 403 ×2, 404 fault), each skipped with
 *   its error.
 * - nvidia_analytics: 5,169 rows in data_cleaned/nvidia_patent.csv, 17 of them `withdrawn = 1`
 *   (skipped as not issued), so 5,152 grants; every row of the other four tables names one of them.
 * - google-patents-ultrasound: 1,378 lines in each of the two files, the same publication numbers;
 *   publications.jsonl adds citations, so it replaces what publications-nocite.jsonl stored.
 * - chinese-patent-cpc: 19 publications in each of sample_train/val/test.csv (57, all distinct;
 *   the other rows are all-empty padding); selected_labels.json is a JSON label list.
 *
 * No folder has a failing document: what is not a patent is skipped with its reason.
 */
export interface SharedFolder {
  readonly folder: string
  /** Publication records read (written or already stored). */
  readonly parsed: number
  /** Distinct publications stored by a first ingest. */
  readonly stored: number
  /** Records that replaced an earlier version within the same run. */
  readonly replaced: number
  /** Documents skipped as no patent publication (each with its reason). */
  readonly notPatents: number
  /** The test file that ingests the folder. */
  readonly test: 'ingest-shared' | 'ingest-offices' | 'ingest-offices-tables'
}

/** Every folder of `../shared/data`, in the order of `../shared/README.md`. */
export const SHARED_FOLDERS: readonly SharedFolder[] = [
  {
    folder: 'USPTO-PatentPublicData',
    parsed: 23,
    stored: 23,
    replaced: 0,
    notPatents: 15,
    test: 'ingest-shared',
  },
  { folder: 'go-uspto', parsed: 21, stored: 20, replaced: 0, notPatents: 0, test: 'ingest-shared' },
  {
    folder: 'PatentsView-DB',
    parsed: 550,
    stored: 468,
    replaced: 1,
    notPatents: 15,
    test: 'ingest-shared',
  },
  {
    folder: 'go-epo-eps',
    parsed: 73,
    stored: 68,
    replaced: 0,
    notPatents: 0,
    test: 'ingest-offices',
  },
  {
    folder: 'go-epo-bdds',
    parsed: 14,
    stored: 14,
    replaced: 0,
    notPatents: 1,
    test: 'ingest-offices',
  },
  {
    folder: 'PatentStandardization',
    parsed: 21,
    stored: 21,
    replaced: 0,
    notPatents: 5,
    test: 'ingest-offices',
  },
  {
    folder: 'api-responses',
    parsed: 69,
    stored: 34,
    replaced: 20,
    notPatents: 142,
    test: 'ingest-offices',
  },
  {
    folder: 'patent_client',
    parsed: 233,
    stored: 167,
    replaced: 35,
    notPatents: 43,
    test: 'ingest-offices',
  },
  {
    folder: 'nvidia_analytics',
    parsed: 5152,
    stored: 5152,
    replaced: 0,
    notPatents: 17,
    test: 'ingest-offices-tables',
  },
  {
    folder: 'google-patents-ultrasound',
    parsed: 2756,
    stored: 1378,
    replaced: 1378,
    notPatents: 0,
    test: 'ingest-offices-tables',
  },
  {
    folder: 'chinese-patent-cpc',
    parsed: 57,
    stored: 57,
    replaced: 0,
    notPatents: 1,
    test: 'ingest-offices-tables',
  },
]

/** The folders one test file ingests. */
export function foldersOf(test: SharedFolder['test']): readonly SharedFolder[] {
  return SHARED_FOLDERS.filter((f) => f.test === test)
}
