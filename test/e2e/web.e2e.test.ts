import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../packages/server/src/config/config.js'
import { startServer, type RunningServer } from '../../packages/server/src/server.js'

/**
 * End to end through the built web app and a real server: owner sign-up, import of a real USPTO
 * weekly file from ../shared/data (upload), search through the search engine (query language and
 * prose), the patent page, an FTO run of the FTO engine with its claim charts reviewed, the planner, docket, landscape and eligibility pages, and switching language. Screenshots
 * of each page go to test-results/e2e/ (and to CHUHAI_SCREENSHOTS when set, e.g. docs/screenshots).
 */
const ROOT = resolve(import.meta.dirname, '../..')
const CHROMIUM = '/usr/bin/chromium'
const WEB = join(ROOT, 'packages/web/dist')
const SAMPLE = resolve(
  ROOT,
  '../shared/data/PatentsView-DB/Assignee_Lawyer_Disambiguation/test/fixtures/ipgxml/ipg130416.small.xml',
)
const missing = [
  [existsSync(CHROMIUM), `${CHROMIUM} (apt-get install chromium)`],
  [existsSync(join(WEB, 'index.html')), 'packages/web/dist (npm run build)'],
  [existsSync(SAMPLE), '../shared/data (the shared data folder)'],
]
  .filter(([ok]) => !ok)
  .map(([, what]) => what)
if (missing.length > 0) {
  console.warn(`web e2e skipped: missing ${missing.join(', ')}`)
}
const SHOTS = [join(ROOT, 'test-results/e2e'), process.env.CHUHAI_SCREENSHOTS].filter(
  (d): d is string => Boolean(d),
)

let server: RunningServer
let browser: Browser
let page: Page
let dir: string

async function shot(name: string): Promise<void> {
  await page.waitForLoadState('networkidle')
  for (const d of SHOTS) {
    mkdirSync(d, { recursive: true })
    await page.screenshot({ path: join(d, `${name}.png`), fullPage: false })
  }
}

describe.skipIf(missing.length > 0)('web app end to end', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chuhai-e2e-'))
    const config = loadConfig(
      {},
      { port: 0, db: join(dir, 'e2e.db'), logLevel: 'warn', ingestWorkers: 0 },
    )
    server = await startServer({ ...config, webDist: WEB, uploadDir: join(dir, 'uploads') })
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    })
    const context = await browser.newContext({
      viewport: { width: 1366, height: 860 },
      locale: 'en-US',
    })
    page = await context.newPage()
    page.setDefaultTimeout(30_000)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('creates the owner account on the first visit', async () => {
    await page.goto(`${server.url}/?lang=en`)
    await page.getByRole('heading', { name: 'Welcome to Chuhai' }).waitFor()
    await shot('en-setup')
    await page.getByLabel('Organisation').fill('Hangzhou Robotics Ltd.')
    await page.getByLabel('Name').fill('Li Wei')
    await page.getByLabel('Email').fill('li.wei@example.test')
    await page.getByLabel('Password').fill('a long passphrase 2026')
    await page.getByRole('button', { name: 'Create owner account' }).click()
    await page.getByRole('heading', { name: 'Patent search' }).waitFor()
  })

  it('imports a USPTO weekly file from the shared data with live progress', async () => {
    await page.getByRole('link', { name: 'Data import & jobs' }).click()
    await page.getByTestId('upload').setInputFiles(SAMPLE)
    await page.getByRole('button', { name: 'Import' }).first().click()
    await page
      .locator('[data-testid=job][data-status=succeeded]')
      .first()
      .waitFor({ timeout: 120_000 })
    await expect.poll(() => page.getByText(/25 new/).count()).toBeGreaterThan(0)
    // A live fetch without the service's keys names the variables to set.
    await page.getByRole('textbox', { name: /^Numbers/ }).fill('EP1000000A1')
    await page.getByRole('button', { name: 'Fetch and import' }).click()
    await page.getByRole('alert').filter({ hasText: 'CHUHAI_EPO_OPS_KEY' }).waitFor()
    await shot('en-import')
  })

  it('searches through the search engine (query language and prose) and opens a patent', async () => {
    await page.getByRole('link', { name: 'Search', exact: true }).click()
    await page.getByLabel('Search query').fill('ti:(thin AND transistor) AND "gate electrode"')
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await page.locator('.hit').first().waitFor()
    await page.getByText('Read as the query language.').waitFor()
    await page.getByLabel('Search query').fill('semiconductor transistor')
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await page.getByText(/Ranked as prose/).waitFor()
    await page.locator('.hit').first().waitFor()
    expect(await page.locator('.hit mark').count()).toBeGreaterThan(0)
    expect(await page.getByRole('group', { name: 'Country' }).count()).toBe(1)
    await shot('en-search')
    await page.locator('.hit h2 a', { hasText: 'thin film transistor' }).first().click()
    await page.getByRole('heading', { name: /Claims/ }).waitFor()
    expect(await page.locator('.claim-tree li').count()).toBeGreaterThan(1)
    await page.getByRole('heading', { name: 'Family by country' }).waitFor()
    await shot('en-patent')
    await page.getByRole('button', { name: 'Search prior art' }).click()
    await page
      .locator('[data-testid=invalidity] [data-testid=job][data-status=succeeded]')
      .waitFor({ timeout: 60_000 })
  })

  it('runs the FTO engine and records a finding in a claim chart', async () => {
    await page.getByRole('link', { name: 'Freedom to operate' }).click()
    await page.getByLabel('Product name').fill('TFT backplane line B')
    await page
      .getByLabel('Technical description')
      .fill(
        'Our thin film transistor process forms a gate electrode over a substrate, a gate insulating layer over the gate electrode, an island-shaped oxide semiconductor layer, then source and drain electrodes; the semiconductor layer is etched with a resist mask and heat treated.',
      )
    await page.getByRole('button', { name: 'Add product' }).click()
    await expect.poll(() => page.getByTestId('product-select').inputValue()).not.toBe('')
    await page.getByLabel('Target countries').fill('US, EP')
    await page.getByRole('button', { name: 'Run FTO analysis' }).click()
    await page.locator('[data-testid=job][data-status=succeeded]').waitFor({ timeout: 120_000 })
    await page.getByTestId('fto-run').waitFor()
    await page.getByTestId('candidates').locator('tbody tr').first().waitFor()
    await page.getByRole('button', { name: 'Open claim chart' }).first().click()
    // The preamble's row is read-only; the first body element follows.
    await page
      .getByLabel(/^Finding for element/)
      .nth(1)
      .selectOption('partly')
    await page
      .getByLabel(/^Evidence for element/)
      .nth(1)
      .fill('Line B etches the oxide layer with a hard mask, not a resist mask.')
    await page
      .getByLabel(/^Note for element/)
      .nth(1)
      .fill('check the etching step with the process engineer')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('Saved.').waitFor()
    await page.locator('.chart svg').first().waitFor()
    await page
      .locator('[data-testid=fto-run] h2')
      .first()
      .evaluate((e) => e.scrollIntoView())
    await shot('en-fto')
    await page.locator('.claim-chart').evaluate((e) => e.scrollIntoView())
    await shot('en-fto-chart')
  })

  it('plans filings, keeps a docket and draws a landscape', async () => {
    await page.getByRole('link', { name: 'Docket' }).click()
    await page.getByLabel('Title').fill('Gait control of a quadruped robot')
    await page.getByLabel('Filing date').fill('2026-03-02')
    await page.getByRole('button', { name: 'Add matter' }).click()
    await page.getByTestId('deadlines').locator('tbody tr').first().waitFor()
    await shot('en-docket')
    await page.getByRole('link', { name: 'Filing planner' }).click()
    await page.getByLabel('Invention').fill('Gait control of a quadruped robot')
    await page.getByLabel('Priority date').fill('2026-03-02')
    await page.getByRole('button', { name: 'Plan', exact: true }).click()
    await page.getByTestId('plan').waitFor()
    await page.getByTestId('net').waitFor()
    await page.locator('[data-testid=plan] .chart svg').nth(1).waitFor()
    await shot('en-planner')
    // The import's search-index rebuild runs in the background; a landscape writes the
    // applicant index, so let the rebuild settle first (as /ready reports it).
    for (let i = 0; i < 120; i++) {
      const ready = (await (await fetch(`${server.url}/ready`)).json()) as {
        searchIndex: { building: boolean }
      }
      if (!ready.searchIndex.building) {
        break
      }
      await new Promise((r) => setTimeout(r, 500))
    }
    await page.getByRole('link', { name: 'Monitoring & landscapes' }).click()
    await page.getByLabel('Landscape query').fill('semiconductor')
    await page.getByRole('button', { name: 'Draw landscape' }).click()
    await page.getByTestId('landscape').waitFor()
    await page.locator('[data-testid=landscape] .chart svg').nth(3).waitFor()
    await shot('en-landscape')
    await page.getByRole('link', { name: 'Eligibility check' }).click()
    await page
      .getByLabel('Claims')
      .fill(
        '1. A computer-implemented method of controlling a legged robot, comprising: receiving joint torque data; estimating terrain slope with a neural network; and adjusting the gait of the robot based on the slope.',
      )
    await page.getByRole('button', { name: 'Check' }).click()
    await page.getByTestId('eligibility').waitFor()
    await shot('en-eligibility')
  })

  it('switches language to Simplified and Traditional Chinese', async () => {
    await page.getByTestId('language').selectOption('zh-Hans')
    await page.getByRole('link', { name: '专利检索' }).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans')
    for (const [link, name] of [
      ['专利检索', 'search'],
      ['自由实施（FTO）', 'fto'],
      ['申请布局', 'planner'],
      ['期限管理', 'docket'],
      ['监控与全景', 'landscape'],
    ] as const) {
      await page.getByRole('link', { name: link }).click()
      await page.locator('main h1').waitFor()
      if (name === 'search') {
        await page.getByLabel('检索式', { exact: true }).fill('semiconductor transistor')
        await page.getByRole('button', { name: '检索', exact: true }).click()
        await page.locator('.hit').first().waitFor()
      } else if (name === 'planner') {
        await page.getByLabel('发明名称').fill('四足机器人步态控制')
        await page.getByRole('button', { name: '生成方案' }).click()
        await page.locator('[data-testid=plan] .chart svg').nth(1).waitFor()
      } else if (name === 'landscape') {
        await page.getByLabel('全景检索式').fill('semiconductor')
        await page.getByRole('button', { name: '生成全景图' }).click()
        await page.locator('[data-testid=landscape] .chart svg').nth(3).waitFor()
      } else if (name === 'fto') {
        await page.getByTestId('product-select').selectOption({ index: 1 })
        await page.getByTestId('fto-run').waitFor()
        await page.getByTestId('candidates').waitFor()
        await page.locator('.chart svg').first().waitFor()
        await page
          .locator('[data-testid=fto-run] h2')
          .first()
          .evaluate((e) => e.scrollIntoView())
        await shot('zh-fto')
        await page.getByRole('button', { name: '打开权利要求对比表' }).first().click()
        await page.locator('.claim-chart').evaluate((e) => e.scrollIntoView())
        await shot('zh-fto-chart')
        continue
      }
      await shot(`zh-${name}`)
    }
    await page.getByRole('link', { name: '专利检索' }).click()
    await page.getByLabel('检索式', { exact: true }).fill('semiconductor transistor')
    await page.getByRole('button', { name: '检索', exact: true }).click()
    await page.locator('.hit h2 a').first().click()
    await page
      .getByRole('heading', { name: /权利要求/ })
      .first()
      .waitFor()
    await shot('zh-patent')
    await page.getByTestId('language').selectOption('zh-Hant')
    await page.getByRole('link', { name: '專利檢索' }).waitFor()
    await shot('zh-Hant-patent')
  })
})
