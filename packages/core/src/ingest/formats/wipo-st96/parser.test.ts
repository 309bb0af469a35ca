import { describeGoldenCases, type GoldenCase } from '../../../testing/golden.js'
import { wipoSt96 } from './parser.js'

const GOLDEN = `${import.meta.dirname}/golden`

/** The WIPO ST.96 V6_0 patent publication example instance. */
const CASES: readonly GoldenCase[] = [
  {
    name: 'V6_0-B2-US8936998',
    source:
      'data/PatentStandardization/data/03-96-vii-example-instances/PatentPublication_Example.xml',
  },
]

describeGoldenCases(wipoSt96, GOLDEN, CASES)
