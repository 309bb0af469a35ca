import { readFileSync } from 'node:fs'
import { it } from 'vitest'
import { checkEligibility } from './check.js'

it('examples', () => {
  for (const [file, lang] of [['robot-dog-gait.claims.txt', 'en'], ['voice-cloning.claims.txt', 'zh']] as const) {
    const r = checkEligibility({ claims: readFileSync(`docs/examples/${file}`, 'utf8'), lang })
    console.log(file, r.claims.map((c) => `${c.number}:${c.category}:${c.dependsOn.join(',')}`).join(' '))
    for (const j of r.jurisdictions) {
      console.log(`  ${j.jurisdiction} ${j.verdict} claim=${j.claim} ${j.claims.map((c) => `${c.claim}=${c.verdict}(${c.margin})`).join(' ')}`)
    }
  }
  const biz = checkEligibility({ claims: 'A method of recommending insurance products, comprising: receiving customer profile data; predicting with a trained machine learning model the probability that the customer purchases each insurance product; and displaying the products ranked by the predicted probability.' })
  console.log('biz', biz.jurisdictions.map((j) => `${j.jurisdiction}=${j.verdict}(${j.claims[0]!.margin})`).join(' '))
})
