import { describeGoldenCases, type GoldenCase } from '../../../testing/golden.js'
import { cnipaSt96 } from './parser.js'

const GOLDEN = `${import.meta.dirname}/golden`

/** Every new-format CNIPA sample (business:PatentDocumentAndRelated, xsd V2.x). */
const CASES: readonly GoldenCase[] = [
  { name: 'A-CN113781974', source: 'data/PatentStandardization/data/examples/cn_new1.xml' },
  { name: 'A-CN113783949', source: 'data/PatentStandardization/data/examples/cn_new2.xml' },
  { name: 'A-CN113784721', source: 'data/PatentStandardization/data/examples/cn_new3.xml' },
  {
    name: 'A-CN115212463',
    source:
      'data/PatentStandardization/data/st36_wipo_examples/cn_new/CN102015000481495CN00001152124630AFULZH20221021CN00D.XML',
  },
]

describeGoldenCases(cnipaSt96, GOLDEN, CASES)
