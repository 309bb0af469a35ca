import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { hash, verify, type Options } from '@node-rs/argon2'

/**
 * argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane): about 30 ms here, slow
 * enough for offline guessing, cheap enough for a sign-in.
 */
const ARGON: Options = {
  // Algorithm.Argon2id; the package's const enum cannot be imported under verbatimModuleSyntax.
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
}

/** PHC-format argon2id hash of a password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON)
}

/** Whether the password matches; false for any malformed hash. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password)
  } catch {
    return false
  }
}

/** A hash to verify against when the account does not exist, so timing does not tell. */
export const DUMMY_HASH = await hashPassword('not-a-real-password-0000')

/** A random secret (session id, API token, CSRF token), base64url, 256 bits. */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`
}

/**
 * SHA-256 of a high-entropy secret: what the database keeps for sessions and tokens, so a leaked
 * database holds no usable credential. (Passwords, low entropy, get argon2id instead.)
 */
export function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

/** Constant-time string comparison. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}
