/**
 * A tiny, hand-written USPTO grant in DTD v4.5 form (not copied from any real document), for tests
 * of ingest behaviour: batches, bad input, zips. `number` is the 8-digit publication number.
 */
export function miniGrant(
  number: string,
  options: { title?: string; produced?: string } = {},
): string {
  const title = options.title ?? `Robot joint actuator ${number}`
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE us-patent-grant SYSTEM "us-patent-grant-v45-2014-04-03.dtd" [ ]>
<us-patent-grant lang="EN" dtd-version="v4.5 2014-04-03" file="US${number}-20150106.XML" status="PRODUCTION" id="us-patent-grant" country="US" date-produced="${options.produced ?? '20141219'}" date-publ="20150106">
<us-bibliographic-data-grant>
<publication-reference><document-id><country>US</country><doc-number>${number}</doc-number><kind>B2</kind><date>20150106</date></document-id></publication-reference>
<application-reference appl-type="utility"><document-id><country>US</country><doc-number>13123456</doc-number><date>20120301</date></document-id></application-reference>
<us-application-series-code>13</us-application-series-code>
<invention-title id="d2e43">${title}</invention-title>
<number-of-claims>2</number-of-claims>
<us-parties><us-applicants><us-applicant sequence="001" app-type="applicant" designation="us-only"><addressbook><orgname>Example Robotics Co., Ltd.</orgname><address><city>Hangzhou</city><country>CN</country></address></addressbook></us-applicant></us-applicants>
<inventors><inventor sequence="001" designation="us-only"><addressbook><last-name>Li</last-name><first-name>Wei</first-name><address><city>Hangzhou</city><country>CN</country></address></addressbook></inventor></inventors></us-parties>
</us-bibliographic-data-grant>
<abstract id="abstract"><p id="p-0001" num="0000">A legged robot has a joint actuator with a harmonic drive and a torque sensor.</p></abstract>
<description id="description"><p id="p-0002" num="0001">The actuator drives the knee joint of a quadruped robot.</p></description>
<claims id="claims">
<claim id="CLM-00001" num="00001"><claim-text>1. A robot comprising: a joint actuator; and a torque sensor.</claim-text></claim>
<claim id="CLM-00002" num="00002"><claim-text>2. The robot of <claim-ref idref="CLM-00001">claim 1</claim-ref>, wherein the actuator has a harmonic drive.</claim-text></claim>
</claims>
</us-patent-grant>
`
}
