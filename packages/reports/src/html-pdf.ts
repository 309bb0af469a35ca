import { existsSync } from 'node:fs'
import { ChuhaiError, createError } from '@chuhai/core'
import type { Page } from 'playwright-core'

/** Where Debian installs Chromium (`apt-get install chromium`); `CHUHAI_CHROMIUM` overrides it. */
export const CHROMIUM_PATH = '/usr/bin/chromium'

/** Flags for a quiet, offline headless Chromium. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const

/** The Chromium to use, or `undefined` when none is installed. */
export function chromiumPath(): string | undefined {
  const path = process.env.CHUHAI_CHROMIUM ?? CHROMIUM_PATH
  return existsSync(path) ? path : undefined
}

/**
 * Loads self-contained HTML into a page of headless Chromium (playwright-core, loaded only here)
 * with every network request refused, runs `use` on it and closes the browser. `missing` is the
 * `REPORT_FAILED` message when no Chromium is installed.
 */
export async function withOfflinePage(
  html: string,
  missing: string,
  use: (page: Page) => Promise<void>,
  viewport?: { readonly width: number; readonly height: number },
): Promise<void> {
  const executablePath = chromiumPath()
  if (!executablePath) {
    throw createError('REPORT_FAILED', missing)
  }
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS],
  })
  try {
    const page = await browser.newPage(viewport ? { viewport } : {})
    await page.route(/^(https?|wss?|ftp):/, (route) => route.abort())
    await page.setContent(html, { waitUntil: 'load' })
    await use(page)
  } finally {
    await browser.close()
  }
}

/**
 * Prints self-contained HTML to an A4 PDF with headless Chromium. Every network request is
 * refused: the report must not need one. Throws `REPORT_FAILED` when Chromium is missing or fails.
 */
export async function htmlToPdf(html: string, out: string): Promise<void> {
  try {
    await withOfflinePage(
      html,
      `no Chromium at ${process.env.CHUHAI_CHROMIUM ?? CHROMIUM_PATH}: install it (apt-get install -y chromium fonts-wqy-microhei) or set CHUHAI_CHROMIUM, or write --out plan.html`,
      async (page) => {
        await page.pdf({
          path: out,
          format: 'A4',
          printBackground: true,
          margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' },
        })
      },
    )
  } catch (error) {
    if (error instanceof ChuhaiError && error.code === 'REPORT_FAILED') {
      throw error
    }
    throw createError(
      'REPORT_FAILED',
      `Chromium could not print the PDF: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}
