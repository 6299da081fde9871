import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { TDocNode } from '@/lib/content/document';
import { toRenderTree, type RenderChild } from '@/lib/content/render-tree';
import { formatDateline } from '@/lib/stories/dateline';
import type { DistributedPublication } from './distribution-queries';
import { distributedVersion, storyUri } from './ninjs';

const G2 = 'http://iptc.org/std/nar/2006-10-01/';
const XHTML = 'http://www.w3.org/1999/xhtml';
const URGENCY = { FLASH: 1, URGENT: 3, ROUTINE: 5 } as const;
const ENTITY_TYPE = { PERSON: 'cpnat:person', ORGANISATION: 'cpnat:organisation', PLACE: 'cpnat:geoArea' } as const;

function appendRendered(parent: XMLBuilder, children: RenderChild[]) {
  for (const child of children) {
    if (typeof child === 'string') parent.txt(child);
    else {
      const element = parent.ele(XHTML, child.tag);
      for (const [name, value] of Object.entries(child.attrs)) element.att(name, value);
      appendRendered(element, child.children);
    }
  }
}

/** A published story as a NewsML-G2 2.35 `newsItem` (valid against the power XSD), XHTML body inline. */
export function toNewsml(p: DistributedPublication, siteUrl: string): string {
  const killed = !!p.killedAt;
  const item = create({ version: '1.0', encoding: 'UTF-8' }).ele(G2, 'newsItem', {
    guid: storyUri(siteUrl, p.storyId), version: String(distributedVersion(p)), standard: 'NewsML-G2', standardversion: '2.35', conformance: 'power', 'xml:lang': p.language,
  });
  item.ele(G2, 'catalogRef', { href: 'http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml' });
  item.ele(G2, 'rightsInfo').ele(G2, 'copyrightHolder', { literal: p.credit }).ele(G2, 'name').txt(p.credit);

  const meta = item.ele(G2, 'itemMeta');
  meta.ele(G2, 'itemClass', { qcode: 'ninat:text' });
  meta.ele(G2, 'provider', { literal: p.credit });
  meta.ele(G2, 'versionCreated').txt((p.killedAt ?? p.publishedAt).toISOString());
  meta.ele(G2, 'firstCreated').txt(p.firstPublishedAt.toISOString());
  if (!killed && p.embargoUntil && p.embargoUntil > p.publishedAt) meta.ele(G2, 'embargoed').txt(p.embargoUntil.toISOString());
  meta.ele(G2, 'pubStatus', { qcode: killed ? 'stat:canceled' : 'stat:usable' });
  if (killed && p.killNote) meta.ele(G2, 'edNote').txt(`Withdrawn: ${p.killNote}`);
  if (!killed && p.correctionNote) meta.ele(G2, 'edNote').txt(`Correction: ${p.correctionNote}`);
  if (!killed && p.correctionNote) meta.ele(G2, 'signal', { qcode: 'sig:correction' });
  if (killed) return item.end({ prettyPrint: true });

  const content = item.ele(G2, 'contentMeta');
  content.ele(G2, 'urgency').txt(String(URGENCY[p.priority]));
  if (p.datelineDate) content.ele(G2, 'contentCreated').txt(p.datelineDate.toISOString());
  if (p.datelinePlace) content.ele(G2, 'located', { type: 'cptype:city' }).ele(G2, 'name').txt(p.datelinePlace);
  content.ele(G2, 'language', { tag: p.language });
  for (const { tag } of p.tags) {
    if (tag.kind === 'SUBJECT') {
      const subject = content.ele(G2, 'subject', tag.code?.startsWith('medtop:') ? { type: 'cpnat:abstract', qcode: tag.code } : { type: 'cpnat:abstract', literal: tag.slug });
      subject.ele(G2, 'name').txt(tag.name);
    } else {
      content.ele(G2, 'subject', { type: ENTITY_TYPE[tag.kind], literal: tag.slug }).ele(G2, 'name').txt(tag.name);
    }
  }
  content.ele(G2, 'headline').txt(p.headline);
  const dateline = formatDateline({ place: p.datelinePlace, date: p.datelineDate, credit: p.credit });
  if (dateline) content.ele(G2, 'dateline').txt(dateline);
  if (p.subheadline) content.ele(G2, 'description', { role: 'drol:summary' }).txt(p.subheadline);

  const html = item.ele(G2, 'contentSet').ele(G2, 'inlineXML', { contenttype: 'application/xhtml+xml' }).ele(XHTML, 'html');
  html.ele(XHTML, 'head').ele(XHTML, 'title').txt(p.headline);
  appendRendered(html.ele(XHTML, 'body'), toRenderTree(p.body as TDocNode));
  return item.end({ prettyPrint: true });
}
