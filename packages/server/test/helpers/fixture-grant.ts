/**
 * A small hand-written USPTO grant in DTD v4.5 form (written for these tests, not copied from a
 * real document): an upload in a real office format.
 */
export function fixtureGrant(number: string, title: string, claim: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE us-patent-grant SYSTEM "us-patent-grant-v45-2014-04-03.dtd" [ ]>
<us-patent-grant lang="EN" dtd-version="v4.5 2014-04-03" file="US${number}-20150106.XML" status="PRODUCTION" id="us-patent-grant" country="US" date-produced="20141219" date-publ="20150106">
<us-bibliographic-data-grant>
<publication-reference><document-id><country>US</country><doc-number>${number}</doc-number><kind>B2</kind><date>20150106</date></document-id></publication-reference>
<application-reference appl-type="utility"><document-id><country>US</country><doc-number>14${number.slice(-6)}</doc-number><date>20130301</date></document-id></application-reference>
<us-application-series-code>14</us-application-series-code>
<invention-title id="d2e43">${title}</invention-title>
<number-of-claims>1</number-of-claims>
<us-parties><us-applicants><us-applicant sequence="001" app-type="applicant" designation="us-only"><addressbook><orgname>Shenzhen Gait Works Ltd.</orgname><address><city>Shenzhen</city><country>CN</country></address></addressbook></us-applicant></us-applicants></us-parties>
</us-bibliographic-data-grant>
<abstract id="abstract"><p id="p-0001" num="0000">${title}: a quadruped robot estimates terrain slope from joint torque and adapts its gait.</p></abstract>
<description id="description"><p id="p-0002" num="0001">Each leg has a hip motor and a knee motor with an encoder.</p></description>
<claims id="claims">
<claim id="CLM-00001" num="00001"><claim-text>1. ${claim}</claim-text></claim>
</claims>
</us-patent-grant>
`
}
