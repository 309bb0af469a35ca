/**
 * A hand-written USPTO grant in DTD v4.5 form with the claims given (not copied from any real
 * document), for FTO and invalidity tests. `claims` are plain texts; "claim N" in a text becomes a
 * `claim-ref` as offices mark it up.
 */
export function claimsGrant(options: {
  number: string
  title: string
  claims: readonly string[]
  description: string
  filed?: string
  published?: string
  application?: string
}): string {
  const published = (options.published ?? '2015-01-06').replaceAll('-', '')
  const filed = (options.filed ?? '2012-03-01').replaceAll('-', '')
  const claims = options.claims
    .map((text, i) => {
      const n = String(i + 1).padStart(5, '0')
      const marked = text.replace(
        /claim (\d+)/gu,
        (_, d: string) => `<claim-ref idref="CLM-${d.padStart(5, '0')}">claim ${d}</claim-ref>`,
      )
      return `<claim id="CLM-${n}" num="${n}"><claim-text>${i + 1}. ${marked}</claim-text></claim>`
    })
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE us-patent-grant SYSTEM "us-patent-grant-v45-2014-04-03.dtd" [ ]>
<us-patent-grant lang="EN" dtd-version="v4.5 2014-04-03" file="US${options.number}-${published}.XML" status="PRODUCTION" id="us-patent-grant" country="US" date-produced="20141219" date-publ="${published}">
<us-bibliographic-data-grant>
<publication-reference><document-id><country>US</country><doc-number>${options.number}</doc-number><kind>B2</kind><date>${published}</date></document-id></publication-reference>
<application-reference appl-type="utility"><document-id><country>US</country><doc-number>${options.application ?? `13${options.number.slice(-6)}`}</doc-number><date>${filed}</date></document-id></application-reference>
<us-application-series-code>13</us-application-series-code>
<invention-title id="d2e43">${options.title}</invention-title>
<number-of-claims>${options.claims.length}</number-of-claims>
<us-parties><us-applicants><us-applicant sequence="001" app-type="applicant" designation="us-only"><addressbook><orgname>Example Robotics Co., Ltd.</orgname><address><city>Hangzhou</city><country>CN</country></address></addressbook></us-applicant></us-applicants></us-parties>
</us-bibliographic-data-grant>
<abstract id="abstract"><p id="p-0001" num="0000">${options.title}.</p></abstract>
<description id="description"><p id="p-0002" num="0001">${options.description}</p></description>
<claims id="claims">
${claims}
</claims>
</us-patent-grant>
`
}
