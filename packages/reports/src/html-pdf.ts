import { existsSync } from 'node:fs'
import { createError } from '@chuhai/core'

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
 * Prints self-contained HTML to an A4 PDF with headless Chromium (playwright-core, loaded only
 * here). Every network request is refused: the report must not need one. Throws `REPORT_FAILED`
 * when Chromium is missing or fails.
 */
export async function htmlToPdf(html: string, out: string): Promise<void> {
  const executablePath = chromiumPath()
  if (!executablePath) {
    throw createError(
      'REPORT_FAILED',
      `no Chromium at ${process.env.CHUHAI_CHROMIUM ?? CHROMIUM_PATH}: install it (apt-get install -y chromium fonts-wqy-microhei) or set CHUHAI_CHROMIUM, or write --out plan.html`,
    )
  }
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS],
  })
  try {
    const page = await browser.newPage()
    await page.route(/^(https?|wss?|ftp):/, (route) => route.abort())
    await page.setContent(html, { waitUntil: 'load' })
    await page.pdf({
      path: out,
      format: 'A4',
      printBackground: true,
      margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' },
    })
  } catch (error) {
    throw createError(
      'REPORT_FAILED',
      `Chromium could not print the PDF: ${error instanceof Error ? error.message : String(error)}`,
    )
  } finally {
    await browser.close()
  }
}
