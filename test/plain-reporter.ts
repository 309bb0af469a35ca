import type { Reporter, TestModule } from 'vitest/node'

/**
 * Prints one closing line `N passed, N failed, N skipped` counting every test of the run,
 * the form CI reads. Vitest's own summary ("Tests 3 passed (3)") is not that form.
 */
export default class PlainReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') {
          passed++
        } else if (state === 'failed') {
          failed++
        } else {
          skipped++
        }
      }
      if (module.state() === 'failed' && module.children.size === 0) {
        // A file that failed to load counts as a failure, not as nothing.
        failed++
      }
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`)
  }
}
