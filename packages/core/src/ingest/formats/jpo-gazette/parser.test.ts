import { describeGoldenCases, type GoldenCase } from '../../../testing/golden.js'
import { jpoGazette } from './parser.js'

const GOLDEN = `${import.meta.dirname}/golden`

/** Every JPO gazette sample (jp-official-gazette DTD 1.0, unexamined applications). */
const CASES: readonly GoldenCase[] = [
  { name: 'A-JP2021044377', source: 'data/PatentStandardization/data/examples/jp_example1.xml' },
  { name: 'A-JP2021044249', source: 'data/PatentStandardization/data/examples/jp_example2.xml' },
  { name: 'A-JP2021041306', source: 'data/PatentStandardization/data/examples/jp_example3.xml' },
  {
    name: 'A-pct-JP2021509175',
    source: 'data/PatentStandardization/data/examples/jp_example4.xml',
  },
  {
    name: 'A-JP2021193879',
    source: 'data/PatentStandardization/data/st36_wipo_examples/jp_old/2021193879.xml',
  },
]

describeGoldenCases(jpoGazette, GOLDEN, CASES)
