import { describe, expect, it } from 'vitest'
import { sniffDelimitedHeader } from './delimited-header.js'
import { detectPatentsViewTable } from './patentsview/tables.js'

describe('sniffDelimitedHeader', () => {
  it('reads quoted TSV headers as PatentsView ships them, and CSV headers', () => {
    expect(sniffDelimitedHeader('"patent_id"\t"patent_abstract"\n"1"\t"x, y, z"\n')).toEqual({
      delimiter: '\t',
      columns: ['patent_id', 'patent_abstract'],
    })
    expect(
      sniffDelimitedHeader('\uFEFFpatent_id,cpc_sequence,cpc_group\r\n1,0,G06N3/08\r\n'),
    ).toEqual({
      delimiter: ',',
      columns: ['patent_id', 'cpc_sequence', 'cpc_group'],
    })
  })

  it('refuses prose, XML, JSON and single columns', () => {
    expect(
      sniffDelimitedHeader('# Cleaned NVIDIA Patent Data\n\nThis folder, contains\n'),
    ).toBeUndefined()
    expect(sniffDelimitedHeader('<?xml version="1.0"?>\n<a/>')).toBeUndefined()
    expect(sniffDelimitedHeader('{"publication_number": "US-1-A", "x": 1}\n')).toBeUndefined()
    expect(sniffDelimitedHeader('patent_id\n1\n')).toBeUndefined()
    expect(sniffDelimitedHeader('patent_id,patent_abstract')).toBeUndefined()
  })
})

describe('detectPatentsViewTable', () => {
  const detect = (cols: string): string | undefined => detectPatentsViewTable(cols.split(','))?.name

  it('recognises each granted-patent table by its columns', () => {
    expect(
      detect(
        'patent_id,patent_type,patent_date,patent_title,wipo_kind,num_claims,withdrawn,filename',
      ),
    ).toBe('g_patent')
    // 2023 g_patent still carried the abstract: still g_patent.
    expect(detect('patent_id,patent_type,patent_date,patent_title,patent_abstract')).toBe(
      'g_patent',
    )
    expect(detect('patent_id,patent_abstract')).toBe('g_patent_abstract')
    expect(detect('application_id,patent_id,patent_application_type,filing_date,series_code')).toBe(
      'g_application',
    )
    expect(
      detect('patent_id,cpc_sequence,cpc_section,cpc_class,cpc_subclass,cpc_group,cpc_type'),
    ).toBe('g_cpc_current')
    expect(
      detect(
        'patent_id,inventor_sequence,inventor_id,disambig_inventor_name_first,disambig_inventor_name_last',
      ),
    ).toBe('g_inventor_disambiguated')
    expect(
      detect(
        'patent_id,assignee_sequence,assignee_id,disambig_assignee_organization,assignee_type',
      ),
    ).toBe('g_assignee_disambiguated')
    expect(detect('patent_id,citation_sequence,citation_patent_id,citation_date')).toBe(
      'g_us_patent_citation',
    )
    expect(detect('patent_id,claim_sequence,claim_text,dependent,claim_number')).toBe('g_claims')
  })

  it('leaves other tables alone', () => {
    expect(detect('location_id,disambig_city,disambig_state,disambig_country')).toBeUndefined()
    expect(detect('patent_id,inventor_sequence,gender_code')).toBeUndefined()
  })
})
