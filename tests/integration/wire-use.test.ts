import { describe, expect, it } from 'vitest';
import { docFromParagraphs, docJson } from '@/lib/content/document';
import { prisma } from '@/lib/db';
import { draftFromWireItem } from '@/lib/wire/use';
import { urgencyLabel } from '@/lib/wire/urgency';
import { seedUser } from '../support/factories';

describe('Use: wire copy into a draft, keeping what the item had', () => {
  it("carries the embargo, the agency byline into the story's byline, and the editor's note as a note on the desk; urgency is named", async () => {
    const editor = await seedUser('EDITOR');
    const embargo = new Date(Date.now() + 2 * 3_600_000);
    const item = await prisma.wireItem.create({
      data: {
        source: 'AP',
        guid: `urn:ap:${Date.now()}`,
        format: 'ninjs',
        headline: 'Fed holds rates',
        byline: 'By Benjamin Wright',
        urgency: 4,
        edNote: 'Embargoed until 14:00 ET. Do not publish before.',
        embargoUntil: embargo,
        body: docJson(docFromParagraphs(['The Fed held rates.'])),
        bodyText: 'The Fed held rates.',
      },
    });
    const { storyId } = await draftFromWireItem(editor, item.id);
    const story = await prisma.story.findUniqueOrThrow({ where: { id: storyId } });
    expect(story.embargoUntil?.getTime()).toBe(embargo.getTime());
    expect(story.priority).toBe('ROUTINE');
    const notes = await prisma.reviewComment.findMany({ where: { storyId } });
    expect(notes.map((n) => n.text)).toEqual(["Editor's note from AP: Embargoed until 14:00 ET. Do not publish before."]);
    expect(story.bylines).toEqual([{ kind: 'name', id: '', name: 'Benjamin Wright', role: 'writer' }]);
    // Two people the agency named are two contributors, in its order.
    const two = await prisma.wireItem.create({
      data: {
        source: 'TASS',
        guid: `urn:tass:two:${Date.now()}`,
        format: 'newsml',
        headline: 'Two',
        byline: 'Anna Petrova and Ivan Sidorov',
        body: docJson(docFromParagraphs(['x'])),
        bodyText: 'x',
      },
    });
    const twoStory = await prisma.story.findUniqueOrThrow({ where: { id: (await draftFromWireItem(editor, two.id)).storyId } });
    expect((twoStory.bylines as { name: string }[]).map((b) => b.name)).toEqual(['Anna Petrova', 'Ivan Sidorov']);
    expect(twoStory.bylineWith).toBe('');
    expect(urgencyLabel(4)).toBe('4 — Routine');
    expect(urgencyLabel(2)).toBe('2 — Urgent');
    expect(urgencyLabel(1)).toBe('1 — Flash');

    // An embargo already past is no embargo.
    const past = await prisma.wireItem.create({
      data: {
        source: 'AP',
        guid: `urn:ap:past:${Date.now()}`,
        format: 'ninjs',
        headline: 'Old',
        embargoUntil: new Date(Date.now() - 60_000),
        body: docJson(docFromParagraphs(['x'])),
        bodyText: 'x',
      },
    });
    const draft = await draftFromWireItem(editor, past.id);
    expect((await prisma.story.findUniqueOrThrow({ where: { id: draft.storyId } })).embargoUntil).toBeNull();
    expect(await prisma.reviewComment.count({ where: { storyId: draft.storyId } })).toBe(0);
  });
});
