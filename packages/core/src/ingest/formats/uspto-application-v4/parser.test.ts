import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeGoldenCases, type GoldenCase } from '../../../testing/golden.js'
import { usptoApplicationV4 } from './parser.js'

const GOLDEN = join(import.meta.dirname, 'golden')
const GO = 'data/go-uspto/pkg/uspto/test-data/application'
const PV = 'data/PatentsView-DB/Assignee_Lawyer_Disambiguation/test/fixtures/xml'

/** One small real pre-grant publication per DTD version in ../shared (v4.2 has none there). */
const CASES: readonly GoldenCase[] = [
  // No XML declaration: the document starts with its root element.
  { name: 'v40-a1-US20050000001A1', source: `${GO}/v4-0-A1.xml` },
  { name: 'v40-a2-US20050004655A2', source: `${GO}/v4-0-A2_1.xml` },
  { name: 'v41-a1-US20060288462A1', source: `${PV}/ipa061228.one.xml` },
  { name: 'v43-a1-US20130014308A1', source: `${PV}/ipa130117.one.xml`, index: 0 },
  { name: 'v44-a2-US20150075015A2', source: `${GO}/v4-4-A2.xml` },
  { name: 'v45-a2-US20220160114A2', source: `${GO}/v4-5-A2.xml` },
  { name: 'v46-a1-US20220240350A1', source: `${GO}/US20220240350A1-20220728.XML` },
]

describeGoldenCases(usptoApplicationV4, GOLDEN, CASES)

describe('usptoApplicationV4.detect', () => {
  it('accepts v4.x applications with or without XML declaration and DOCTYPE', () => {
    expect(
      usptoApplicationV4.detect('<us-patent-application lang="EN" dtd-version="v4.0 2004-12-02">'),
    ).toBe(true)
    expect(
      usptoApplicationV4.detect(
        '<?xml version="1.0"?>\n<!DOCTYPE us-patent-application SYSTEM "us-patent-application-v46-2022-02-17.dtd" [ ]>\n<us-patent-application lang="EN" dtd-version="v4.6 2022-02-17">',
      ),
    ).toBe(true)
  })

  it('rejects v1.x publications and grants', () => {
    expect(
      usptoApplicationV4.detect(
        '<!DOCTYPE patent-application-publication SYSTEM "pap-v15-2001-01-31.dtd" []><patent-application-publication>',
      ),
    ).toBe(false)
    expect(usptoApplicationV4.detect('<us-patent-grant dtd-version="v4.5 2014-04-03">')).toBe(false)
  })
})
