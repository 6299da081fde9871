import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { docToPlainText } from '@/lib/content/text';
import type { TDocNode } from '@/lib/content/document';
import { renderBodyHtml } from '@/lib/content/render-html';
import { formatDateline } from '@/lib/stories/dateline';
import { getPublishedStory, listPublishedStories } from '@/lib/stories/public-queries';
import { listDeskStories } from '@/lib/stories/desk-queries';
import { storedSuggestions } from '@/lib/stories/shared-doc/store';
import { seedDemoDesk } from '../../prisma/seed/seed-demo-desk';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const SLUG = 'putin-pashinyan-to-discuss-nagorno-karabakh-on-wednesday-kremlin';
const seedText = readFileSync(path.resolve(import.meta.dirname, '../../prisma/seed/tass-putin-pashinyan-2021-07-07.txt'), 'utf8');

describe('demo desk seed', () => {
  it('publishes the seed story exactly as mapped, and running it again changes nothing', async () => {
    await seedDemoDesk();
    const before = await Promise.all([prisma.user.count(), prisma.story.count(), prisma.tag.count(), prisma.topic.count(), prisma.storyRevision.count()]);
    await seedDemoDesk();
    expect(await Promise.all([prisma.user.count(), prisma.story.count(), prisma.tag.count(), prisma.topic.count(), prisma.storyRevision.count()])).toEqual(
      before,
    );

    const story = await getPublishedStory(SLUG);
    expect(story).not.toBeNull();
    expect(story!.headline).toBe('Putin, Pashinyan to discuss Nagorno-Karabakh on Wednesday — Kremlin');
    expect(story!.subheadline).toBe("The talks to become Armenia’s Acting Prime Minister's first visit abroad");
    expect(formatDateline({ place: story!.datelinePlace, date: story!.datelineDate, credit: story!.credit })).toBe('MOSCOW, July 7. /TASS/.');
    const body = story!.body as TDocNode;
    expect(body.content).toHaveLength(5);
    // Every body paragraph, with its quotes, brackets and dashes, is in the seed text verbatim.
    for (const paragraph of docToPlainText(body).split('\n\n')) expect(seedText).toContain(paragraph);
    expect(renderBodyHtml(body, { dateline: 'MOSCOW, July 7. /TASS/.' })).toMatch(
      /^<p><span class="dateline">MOSCOW, July 7\. \/TASS\/\.<\/span> Russian President Vladimir Putin/,
    );
    expect(story!.topic?.title).toBe('Situation in Nagorno-Karabakh and border regions');
    expect((story!.topic?.background as TDocNode).content).toHaveLength(2);
    const tagNames = story!.tags.map(({ tag }) => tag.name);
    for (const name of [
      'Vladimir Putin',
      'Nikol Pashinyan',
      'Dmitry Peskov',
      'Ilham Aliyev',
      'Kremlin',
      'Russia',
      'Armenia',
      'Azerbaijan',
      'Nagorno-Karabakh',
      'Lachin Corridor',
      'Syunik',
      'Gegharkunik',
      'politics',
      'diplomacy',
      'armed conflict',
    ]) {
      expect(tagNames).toContain(name);
    }
  });

  it('shows readers only published stories, while the desk sees every state', async () => {
    await seedDemoDesk();
    const { stories } = await listPublishedStories({ language: 'en' });
    // Readers get the published snapshot: the metro story's pending update stays on the desk.
    expect(stories.map((s) => s.headline).sort()).toEqual([
      'Bank of Russia keeps key rate unchanged',
      'Moscow metro opens three new stations',
      'Putin, Pashinyan to discuss Nagorno-Karabakh on Wednesday — Kremlin',
    ]);
    const editor = await prisma.user.findUniqueOrThrow({ where: { email: 'editor@newsroom.test' } });
    const { stories: desk } = await listDeskStories({ id: editor.id, role: editor.role, name: editor.name, email: editor.email });
    expect(new Set(desk.map((s) => s.status))).toEqual(new Set(['PUBLISHED', 'DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'SCHEDULED', 'KILLED']));
  });

  it('loads the IPTC vocabulary with its hierarchy', async () => {
    await seedDemoDesk();
    const diplomacy = await prisma.tag.findUniqueOrThrow({ where: { code: 'medtop:20000639' }, include: { parent: true } });
    expect(diplomacy).toMatchObject({ kind: 'SUBJECT', name: 'diplomacy' });
    expect(diplomacy.parent?.code).toBe('medtop:20000638');
    expect(await prisma.tag.count({ where: { kind: 'SUBJECT' } })).toBeGreaterThan(1000);
  });

  it('holds two open suggestions in the metro story’s working copy, a sentence and a quote proposed whole, which readers never get', async () => {
    await seedDemoDesk();
    const story = await prisma.story.findFirstOrThrow({ where: { headline: { startsWith: 'Moscow metro opens three new stations (pending update' } } });
    const open = await storedSuggestions(prisma, story.id);
    expect(open.body.map((s) => [s.inserted, s.formatted])).toEqual([
      ['A suggested sentence, not yet accepted by the desk.', ''],
      ['[quote] A proposed quote block, held back from readers.', ''],
    ]);
    expect(JSON.stringify(story.body)).not.toMatch(/not yet accepted|held back from readers/);
  });
});
