import { ingestDocument } from '@/lib/wire/ingest';

/**
 * Incoming wire copy for the demo desk, written for it (no agency's copy is shipped):
 * a NewsML-G2 item and a ninjs item, as other agencies would send them.
 */
export async function seedDemoWire(now: Date) {
  const stamp = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000).toISOString();
  const newsml = `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:demo-agency.example:20261128:grain-exports" version="1" standard="NewsML-G2" standardversion="2.35" xml:lang="en">
  <itemMeta><itemClass qcode="ninat:text"/><provider literal="Demo Agency"/><versionCreated>${stamp(20)}</versionCreated><pubStatus qcode="stat:usable"/></itemMeta>
  <contentMeta>
    <urgency>3</urgency>
    <located><name>Novorossiysk</name></located>
    <subject qcode="medtop:04000000"><name>economy, business and finance</name></subject>
    <headline>Grain exports through Novorossiysk reach a monthly record</headline>
    <description role="drol:summary">Port officials said shipments rose by a fifth</description>
  </contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>
    <p>Grain shipments through the port of Novorossiysk reached a monthly record in November, port officials said on Saturday.</p>
    <p>Exports rose by about a fifth compared with the same month last year, they said.</p>
  </body></html></inlineXML></contentSet>
</newsItem>`;
  const ninjs = {
    uri: 'urn:demo-wire.example:text:ice-hockey-final',
    type: 'text',
    version: '2',
    pubstatus: 'usable',
    urgency: 5,
    language: 'en',
    copyrightholder: 'Demo Wire',
    firstcreated: stamp(90),
    versioncreated: stamp(45),
    headlines: [{ role: 'main', value: 'Ice hockey: Kazan reach the final after overtime win' }],
    bodies: [
      {
        role: 'main',
        contenttype: 'text/html',
        value: '<p>Kazan beat Magnitogorsk 3-2 in overtime on Friday to reach the final.</p><p>The final series starts next week.</p>',
      },
    ],
    places: [{ name: 'Kazan' }],
  };
  await ingestDocument(new TextEncoder().encode(newsml));
  await ingestDocument(new TextEncoder().encode(JSON.stringify(ninjs)));
}
