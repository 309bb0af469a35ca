import { z } from 'zod'
import { OFFICE_CODES } from './office-codes.js'

/** An office code of the knowledge base. */
export const Office = z.enum(OFFICE_CODES)
/** Non-empty text. */
export const Text = z.string().min(2)
/** A period in whole months. */
export const Months = z.number().int().min(1).max(120)
