import { z } from 'zod'

/** One file of an ODP bulk dataset product (`fileDataBag[]`). */
export const BulkFileSchema = z.object({
  fileName: z.string().min(1),
  fileSize: z.number().int().nonnegative(),
  fileDataFromDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  fileDataToDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  fileTypeText: z.string().optional(),
  fileDownloadURI: z.string().url(),
  fileReleaseDate: z.string().optional(),
})

/** A file of a bulk product. */
export type BulkFile = z.infer<typeof BulkFileSchema>

/**
 * The envelope of `GET /api/v1/datasets/products/{productIdentifier}` (recorded in
 * `api-responses/uspto_bulk`): `bulkDataProductBag[0].productFileBag.fileDataBag[]`.
 */
export const BulkProductSchema = z.object({
  count: z.number().int(),
  bulkDataProductBag: z
    .array(
      z.object({
        productIdentifier: z.string(),
        productFileBag: z
          .object({ count: z.number().int(), fileDataBag: z.array(BulkFileSchema) })
          .optional(),
      }),
    )
    .min(1),
})

/** The ODP product of each kind of bulk full text. */
export const BULK_PRODUCTS = {
  /** Patent Grant Full-Text Data (No Images) – XML: weekly `ipgYYMMDD.zip`, issued on Tuesdays. */
  grants: { id: 'PTGRXML', weekday: 'Tuesday' },
  /** Patent Application Full-Text Data (No Images) – XML: weekly `ipaYYMMDD.zip`, published on Thursdays. */
  applications: { id: 'APPXML', weekday: 'Thursday' },
} as const

/** `grants` or `applications`. */
export type BulkKind = keyof typeof BULK_PRODUCTS

/**
 * The data files (zips, not DTDs or documentation) of a product dated within `[from, to]`,
 * oldest first; corrected re-releases (`ipg230725_r1.zip`) after their original.
 */
export function selectBulkFiles(
  listing: z.infer<typeof BulkProductSchema>,
  from: string,
  to: string,
): BulkFile[] {
  const files = listing.bulkDataProductBag.flatMap((p) => p.productFileBag?.fileDataBag ?? [])
  return files
    .filter(
      (f) =>
        (f.fileTypeText === undefined || f.fileTypeText === 'Data') &&
        /\.zip$/i.test(f.fileName) &&
        f.fileDataFromDate >= from &&
        f.fileDataFromDate <= to,
    )
    .sort(
      (a, b) =>
        a.fileDataFromDate.localeCompare(b.fileDataFromDate) ||
        a.fileName.localeCompare(b.fileName),
    )
}
