import { it } from 'vitest'
import { extractFeatures } from './features.js'
it('x', () => {
  extractFeatures('warm')
  const t = performance.now()
  for (let i = 0; i < 5; i++) {
    extractFeatures('an image sensor writes to a cache memory')
  }
  console.log('avg ms', (performance.now() - t) / 5)
})
