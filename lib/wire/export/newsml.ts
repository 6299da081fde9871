import { readBylines } from '@/lib/bylines/byline';
import { XmlElement, xmlDocument } from '@/lib/xml/writer';
import { readDoc } from '@/lib/content/document';
import { toRenderTree, type RenderChild } from '@/lib/content/render-tree';
import { formatDateline } from '@/lib/stories/dateline';
import type { DistributedPublication } from './distribution-queries';
import { byOf, distributedVersion, storyUri } from './ninjs';

const G2 = 'http://iptc.org/std/nar/2006-10-01/';
const XHTML = 'http://www.w3.org/1999/xhtml';
const URGENCY = { FLASH: 1, URGENT: 3, ROUTINE: 5 } as const;
const ENTITY_TYPE = { PERSON: 'cpnat:person', ORGANISATION: 'cpnat:organisation', PLACE: 'cpnat:geoArea' } as const;

function appendRendered(parent: XmlElement, children: RenderChild[]) {
  for (const child of children) {
    if (typeof child === 'string') parent.txt(child);
    else appendRendered(parent.ele(child.tag, child.attrs), child.children);
  }
}

/** A published story as a NewsML-G2 2.35 `newsItem` (valid against the power XSD), XHTML body inline. */
export function toNewsml(p: DistributedPublication, siteUrl: string): string {
  const killed = !!p.killedAt;
  const item = new XmlElement('newsItem', {
    xmlns: G2,
    guid: storyUri(siteUrl, p.storyId),
    version: String(distributedVersion(p)),
    standard: 'NewsML-G2',
    standardversion: '2.35',
    conformance: 'power',
    'xml:lang': p.language,
  });
  item.ele('catalogRef', { href: 'http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml' });
  item.ele('rightsInfo').ele('copyrightHolder', { literal: p.credit }).ele('name').txt(p.credit);

  const meta = item.ele('itemMeta');
  meta.ele('itemClass', { qcode: 'ninat:text' });
  meta.ele('provider', { literal: p.credit });
  meta.ele('versionCreated').txt((p.killedAt ?? p.publishedAt).toISOString());
  meta.ele('firstCreated').txt(p.firstPublishedAt.toISOString());
  if (!killed && p.embargoUntil && p.embargoUntil > p.publishedAt) meta.ele('embargoed').txt(p.embargoUntil.toISOString());
  meta.ele('pubStatus', { qcode: killed ? 'stat:canceled' : 'stat:usable' });
  if (killed && p.killNote) meta.ele('edNote').txt(`Withdrawn: ${p.killNote}`);
  if (!killed && p.correctionNote) meta.ele('edNote').txt(`Correction: ${p.correctionNote}`);
  if (!killed && p.correctionNote) meta.ele('signal', { qcode: 'sig:correction' });
  if (!killed && p.updateNumber > 0) meta.ele('signal', { qcode: 'sig:update' });
  if (killed) return xmlDocument(item);
  // The same news in other languages: schema.org's relations, so no catalog of our own is needed.
  // A link has no embargo attribute: a sibling still under embargo is left out (ninjs carries it, with its time).
  for (const sibling of p.siblings.filter((s) => !s.heldUntil))
    meta.ele('link', {
      reluri: sibling.relation === 'translation' ? 'https://schema.org/workTranslation' : 'https://schema.org/translationOfWork',
      residref: storyUri(siteUrl, sibling.storyId),
      version: String(sibling.storyVersion),
      contenttype: 'application/vnd.iptc.g2.newsitem+xml',
      href: new URL(`/api/v1/stories/${sibling.storyId}/newsml`, siteUrl).toString(),
      title: sibling.headline,
      'xml:lang': sibling.language,
    });

  const content = item.ele('contentMeta');
  content.ele('urgency').txt(String(URGENCY[p.priority]));
  if (p.datelineDate) content.ele('contentCreated').txt(p.datelineDate.toISOString());
  if (p.datelinePlace) content.ele('located', { type: 'cptype:city' }).ele('name').txt(p.datelinePlace);
  // The people of the byline: writers and reporters as creators, the others (photos, translation, editing) as contributors.
  const bylines = readBylines(p.bylines);
  // A writer is a creator without a role (as agencies send them); the other roles are named, so a receiving desk keeps them.
  for (const entry of bylines.filter((b) => b.role === 'writer' || b.role === 'reporter'))
    content
      .ele('creator', entry.role === 'reporter' ? { role: 'crol:reporter' } : {})
      .ele('name')
      .txt(entry.name);
  for (const entry of bylines.filter((b) => b.role !== 'writer' && b.role !== 'reporter'))
    content
      .ele('contributor', { role: `ctrol:${entry.role}` })
      .ele('name')
      .txt(entry.name);
  content.ele('language', { tag: p.language });
  for (const { tag } of p.tags) {
    if (tag.kind === 'SUBJECT') {
      const subject = content.ele(
        'subject',
        tag.code?.startsWith('medtop:') ? { type: 'cpnat:abstract', qcode: tag.code } : { type: 'cpnat:abstract', literal: tag.slug },
      );
      subject.ele('name').txt(tag.name);
    } else {
      content.ele('subject', { type: ENTITY_TYPE[tag.kind], literal: tag.slug }).ele('name').txt(tag.name);
    }
  }
  content.ele('headline').txt(p.headline);
  const dateline = formatDateline({ place: p.datelinePlace, date: p.datelineDate, credit: p.credit, language: p.language });
  if (dateline) content.ele('dateline').txt(dateline);
  if (byOf(p)) content.ele('by').txt(byOf(p));
  if (p.subheadline) content.ele('description', { role: 'drol:summary' }).txt(p.subheadline);

  const html = item.ele('contentSet').ele('inlineXML', { contenttype: 'application/xhtml+xml' }).ele('html', { xmlns: XHTML });
  html.ele('head').ele('title').txt(p.headline);
  appendRendered(html.ele('body'), toRenderTree(readDoc(p.body)));
  return xmlDocument(item);
}
