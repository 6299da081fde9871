import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Byline } from '@/lib/bylines/byline';
import { prisma } from '@/lib/db';
import { hashPassword } from '@/lib/auth/password';
import { docFromParagraphs, docJson, type TDocNode } from '@/lib/content/document';
import { docToPlainText } from '@/lib/content/text';
import * as Y from 'yjs';
import { draftOfStory } from '@/lib/stories/draft-of-story';
import { writePublication } from '@/lib/stories/publication';
import { seedSharedDoc } from '@/lib/stories/shared-doc/codec';
import { storyWithTags } from '@/lib/stories/working-copy';
import { newSuggestionId } from '@/lib/suggestions/ids';
import { slugify } from '@/lib/text/slug';
import { type StoryStatus } from '@/lib/enums';
import { parseMediaTopics } from '@/lib/tags/iptc';
import { importMediaTopics } from '@/lib/tags/import-media-topics';
import { normalizeName } from '@/lib/tags/normalize';
import { slugFromName } from '@/lib/tags/slug';
import { seedDemoPlanning } from './demo-planning';
import { seedDemoWire } from './demo-wire';
import { DEMO_PASSWORD, DEMO_SECTIONS, DEMO_TAGS, DEMO_USERS, readSeedStory, SEED_STORY_SUBJECTS } from './demo-content';

type DemoStory = {
  headline: string;
  subheadline: string;
  body: TDocNode;
  datelinePlace: string;
  datelineDate: Date;
  section: string;
  topicSlug?: string;
  tagSlugs: string[];
  subjectCodes?: string[];
  status: StoryStatus;
  /** For a published story: readers see nothing until then. */
  embargoUntil?: Date;
  /** For a published story: an update being worked on, with this headline. */
  pendingHeadline?: string;
  /** A sentence a reviewer proposed in the working copy, not yet accepted (only in the story's shared document). */
  openSuggestion?: string;
  killNote?: string;
  priority?: 'FLASH' | 'URGENT' | 'ROUTINE';
  author: 'editor' | 'reviewer';
  at: Date;
};

async function upsertUsers() {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: Record<string, string> = {};
  for (const user of DEMO_USERS) {
    const row = await prisma.user.upsert({ where: { email: user.email }, create: { ...user, passwordHash }, update: {} });
    users[user.role] = row.id;
  }
  return users as Record<(typeof DEMO_USERS)[number]['role'], string>;
}

async function upsertTaxonomy() {
  for (const [position, section] of DEMO_SECTIONS.entries()) {
    await prisma.section.upsert({ where: { slug: section.slug }, create: { ...section, position }, update: {} });
  }
  const vocabulary = readFileSync(path.resolve(import.meta.dirname, '../data/mediatopic-en-GB.tsv'), 'utf8');
  await importMediaTopics(parseMediaTopics(vocabulary));
  for (const tag of DEMO_TAGS) {
    const slug = slugFromName(tag.name);
    const row = await prisma.tag.upsert({
      where: { slug },
      create: { kind: tag.kind, name: tag.name, normalizedName: normalizeName(tag.name), slug, description: tag.description ?? '' },
      update: {},
    });
    await prisma.tagAlias.createMany({
      data: tag.aliases.map((name) => ({ tagId: row.id, name, normalized: normalizeName(name) })),
      skipDuplicates: true,
    });
    const subjects = await prisma.tag.findMany({ where: { code: { in: tag.implies ?? [] } }, select: { id: true } });
    await prisma.tagSubject.createMany({ data: subjects.map((subject) => ({ tagId: row.id, subjectId: subject.id })), skipDuplicates: true });
  }
}

async function upsertTopic(title: string, paragraphs: string[]) {
  const background = docFromParagraphs(paragraphs);
  return prisma.topic.upsert({
    where: { slug: slugify(title) },
    create: { title, slug: slugify(title), background: docJson(background), backgroundText: docToPlainText(background) },
    update: {},
  });
}

async function createDemoStory(story: DemoStory, users: Record<string, string>, now: Date, bylines: Byline[] = []) {
  const slug = slugify(story.headline);
  if (await prisma.story.findUnique({ where: { slug } })) return;
  const section = await prisma.section.findUniqueOrThrow({ where: { slug: story.section } });
  const topic = story.topicSlug ? await prisma.topic.findUniqueOrThrow({ where: { slug: story.topicSlug } }) : null;
  const tags = await prisma.tag.findMany({
    where: { OR: [{ slug: { in: story.tagSlugs } }, { code: { in: story.subjectCodes ?? [] } }] },
    select: { id: true, slug: true, code: true },
  });
  const order = [...story.tagSlugs, ...(story.subjectCodes ?? [])];
  const position = (tag: { slug: string; code: string | null }) => Math.max(order.indexOf(tag.slug), order.indexOf(tag.code ?? ''));
  const authorId = story.author === 'editor' ? users.EDITOR! : users.REVIEWER!;
  const published = story.status === 'PUBLISHED' || story.status === 'KILLED';
  await prisma.$transaction(async (tx) => {
    const row = await tx.story.create({
      data: {
        slug,
        status: story.status,
        headline: story.headline,
        subheadline: story.subheadline,
        datelinePlace: story.datelinePlace,
        datelineDate: story.datelineDate,
        credit: 'TASS',
        body: docJson(story.body),
        bodyText: docToPlainText(story.body),
        priority: story.priority ?? 'ROUTINE',
        sectionId: section.id,
        topicId: topic?.id,
        authorId,
        lastEditorId: authorId,
        createdAt: story.at,
        embargoUntil: story.embargoUntil,
        scheduledAt: story.status === 'SCHEDULED' ? new Date(now.getTime() + 7 * 24 * 3_600_000) : null,
        killedAt: story.status === 'KILLED' ? story.at : null,
        submittedAt: story.status === 'DRAFT' ? null : story.at,
        approvedAt: ['APPROVED', 'PUBLISHED', 'KILLED'].includes(story.status) ? story.at : null,
        publishedAt: published ? story.at : null,
        firstPublishedAt: published ? story.at : null,
        tags: { create: tags.map((tag) => ({ tagId: tag.id, position: position(tag) })) },
        bylines,
      },
    });
    await tx.storyRevision.create({
      data: {
        storyId: row.id,
        number: 1,
        authorId,
        reason: 'STATUS_CHANGE',
        storyVersion: 1,
        status: story.status,
        headline: row.headline,
        subheadline: row.subheadline,
        datelinePlace: row.datelinePlace,
        datelineDate: row.datelineDate,
        credit: row.credit,
        body: docJson(story.body),
        bodyText: row.bodyText,
        language: row.language,
        priority: row.priority,
        sectionId: row.sectionId,
        topicId: row.topicId,
        tagIds: tags.map((tag) => tag.id),
        bylines,
        createdAt: story.at,
      },
    });
    if (story.status !== 'DRAFT') {
      // Submitted a little before it moved on, so the dashboard has turnaround times to show.
      const submittedAt = new Date(story.at.getTime() - (25 + (story.headline.length % 40)) * 60_000);
      await tx.auditEvent.create({
        data: {
          storyId: row.id,
          actorId: authorId,
          action: 'story.submit',
          fromStatus: 'DRAFT',
          toStatus: 'IN_REVIEW',
          note: 'Demo desk seed',
          createdAt: submittedAt,
        },
      });
    }
    if (published) {
      await writePublication(tx, row.id, story.at);
      await tx.auditEvent.create({
        data: {
          storyId: row.id,
          actorId: users.REVIEWER,
          action: 'story.publish',
          fromStatus: 'APPROVED',
          toStatus: 'PUBLISHED',
          note: 'Demo desk seed',
          createdAt: story.at,
        },
      });
    }
    if (story.status === 'KILLED') {
      await tx.publication.update({ where: { storyId: row.id }, data: { killedAt: story.at, killNote: story.killNote ?? '' } });
      await tx.auditEvent.create({
        data: {
          storyId: row.id,
          actorId: users.REVIEWER,
          action: 'story.kill',
          fromStatus: 'PUBLISHED',
          toStatus: 'KILLED',
          note: story.killNote ?? '',
          createdAt: story.at,
        },
      });
    }
    if (story.pendingHeadline) {
      // A pending update: the working copy moves on while readers keep the published text.
      await tx.story.update({ where: { id: row.id }, data: { headline: story.pendingHeadline, status: 'DRAFT', version: 2 } });
    }
    if (story.openSuggestion) {
      const stored = await tx.story.findUniqueOrThrow({ where: { id: row.id }, include: storyWithTags });
      const draft = draftOfStory(stored);
      const proposed = {
        type: 'text',
        text: story.openSuggestion,
        marks: [{ type: 'insertion', attrs: { id: newSuggestionId(users.REVIEWER!, story.at.getTime()) } }],
      };
      // And a quote proposed whole, a suggestion on a block (it travels as the block's attribute).
      const quote = {
        type: 'blockquote',
        attrs: { suggestions: JSON.stringify([{ type: 'insertion', attrs: { id: newSuggestionId(users.REVIEWER!, story.at.getTime() + 1) } }]) },
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A proposed quote block, held back from readers.' }] }],
      };
      const body = { ...draft.body, content: [...(draft.body.content ?? []), { type: 'paragraph', content: [proposed] }, quote] };
      const state = Buffer.from(Y.encodeStateAsUpdate(seedSharedDoc({ ...draft, body })));
      await tx.storyCollabState.create({ data: { storyId: row.id, state, appliedVersion: stored.version } });
    }
  });
}

/** Fills an empty database with the demo desk; running it again changes nothing. */
export async function seedDemoDesk(now = new Date()) {
  const users = await upsertUsers();
  await upsertTaxonomy();
  const seed = readSeedStory();
  const topic = await upsertTopic(seed.topicTitle, seed.topicParagraphs);
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const today = day(now.toISOString().slice(0, 10));

  const stories: DemoStory[] = [
    {
      headline: seed.headline,
      subheadline: seed.subheadline,
      body: docFromParagraphs(seed.paragraphs),
      datelinePlace: 'Moscow',
      datelineDate: day('2021-07-07'),
      section: 'world',
      topicSlug: topic.slug,
      tagSlugs: [
        'vladimir-putin',
        'nikol-pashinyan',
        'dmitry-peskov',
        'ilham-aliyev',
        'kremlin',
        'russia',
        'armenia',
        'azerbaijan',
        'nagorno-karabakh',
        'lachin-corridor',
        'syunik',
        'gegharkunik',
      ],
      subjectCodes: SEED_STORY_SUBJECTS,
      status: 'PUBLISHED',
      author: 'editor',
      at: new Date('2021-07-07T09:05:00Z'),
    },
    {
      headline: 'Bank of Russia keeps key rate unchanged',
      subheadline: 'The regulator cited slowing inflation',
      body: docFromParagraphs([
        'The Bank of Russia kept its key rate unchanged at its board meeting on Friday, the regulator said in a statement.',
        'The decision was expected by most analysts.',
      ]),
      datelinePlace: 'Moscow',
      datelineDate: today,
      section: 'economy',
      tagSlugs: ['russia'],
      subjectCodes: ['medtop:04000000'],
      status: 'PUBLISHED',
      priority: 'URGENT',
      author: 'editor',
      at: hoursAgo(3),
    },
    {
      headline: 'Arctic expedition sets off from Murmansk',
      subheadline: 'Scientists will study sea ice over three months',
      body: docFromParagraphs(['A research vessel left Murmansk on Monday for a three-month expedition to study sea ice in the Arctic.']),
      datelinePlace: 'Murmansk',
      datelineDate: today,
      section: 'science',
      tagSlugs: ['russia'],
      status: 'DRAFT',
      author: 'editor',
      at: hoursAgo(1),
    },
    {
      headline: 'Foreign ministers to meet in Geneva next week',
      subheadline: 'The agenda includes regional security',
      body: docFromParagraphs(['The foreign ministers will meet in Geneva next week, diplomatic sources said.']),
      datelinePlace: 'Geneva',
      datelineDate: today,
      section: 'politics',
      tagSlugs: [],
      subjectCodes: ['medtop:20000639'],
      status: 'IN_REVIEW',
      priority: 'URGENT',
      author: 'editor',
      at: hoursAgo(2),
    },
    {
      headline: 'Zenit wins the Russian Super Cup',
      subheadline: 'The match ended 2-1',
      body: docFromParagraphs(['Zenit Saint Petersburg won the Russian Super Cup on Saturday, beating Lokomotiv Moscow 2-1.']),
      datelinePlace: 'Kaliningrad',
      datelineDate: today,
      section: 'sports',
      tagSlugs: ['russia'],
      status: 'CHANGES_REQUESTED',
      author: 'editor',
      at: hoursAgo(5),
    },
    {
      headline: 'Grain corridor deal extended for 120 days',
      subheadline: 'The agreement was approved and awaits publication',
      body: docFromParagraphs(['The parties agreed to extend the grain corridor deal for another 120 days.']),
      datelinePlace: 'Istanbul',
      datelineDate: today,
      section: 'economy',
      tagSlugs: [],
      status: 'APPROVED',
      author: 'editor',
      at: hoursAgo(4),
    },
    {
      headline: 'Parliament to vote on the budget next week',
      subheadline: 'Scheduled for publication in a week',
      body: docFromParagraphs(['Lawmakers will vote on the federal budget next week, the speaker said.']),
      datelinePlace: 'Moscow',
      datelineDate: today,
      section: 'politics',
      tagSlugs: ['russia'],
      status: 'SCHEDULED',
      author: 'editor',
      at: hoursAgo(3),
    },
    {
      headline: 'Central bank report embargoed until next month',
      subheadline: 'Readers must not see this before the embargo lifts',
      body: docFromParagraphs(['The annual report will be released when the embargo lifts.']),
      datelinePlace: 'Moscow',
      datelineDate: today,
      section: 'economy',
      tagSlugs: ['russia'],
      status: 'PUBLISHED',
      author: 'editor',
      at: hoursAgo(6),
      embargoUntil: new Date(now.getTime() + 30 * 24 * 3_600_000),
    },
    {
      headline: 'Minsk talks postponed, sources say',
      subheadline: 'The story was withdrawn',
      body: docFromParagraphs(['Talks planned in Minsk were postponed, sources said.']),
      datelinePlace: 'Minsk',
      datelineDate: today,
      section: 'politics',
      tagSlugs: ['russia'],
      status: 'KILLED',
      author: 'editor',
      at: hoursAgo(8),
      killNote: 'This story was withdrawn because its sources could not be confirmed.',
    },
    {
      headline: 'Moscow metro opens three new stations',
      subheadline: 'The stations are on the Big Circle Line',
      body: docFromParagraphs(['Three new metro stations opened in Moscow on Saturday.']),
      datelinePlace: 'Moscow',
      datelineDate: today,
      section: 'russia',
      tagSlugs: ['moscow'],
      status: 'PUBLISHED',
      author: 'editor',
      at: hoursAgo(7),
      pendingHeadline: 'Moscow metro opens three new stations (pending update, not yet reviewed)',
      openSuggestion: 'A suggested sentence, not yet accepted by the desk.',
    },
  ];
  // A contributor with a public page: every demo story but the TASS one (agency copy carries no byline) is hers, whatever its state.
  const elena = await prisma.contributor.upsert({
    where: { slug: 'elena-volkova' },
    create: { name: 'Elena Volkova', slug: 'elena-volkova', bio: 'Moscow correspondent' },
    update: {},
  });
  for (const [index, story] of stories.entries())
    await createDemoStory(story, users, now, index === 0 ? [] : [{ kind: 'contributor', id: elena.id, name: elena.name, role: 'writer' }]);
  await seedDemoWire(now);
  await seedDemoPlanning(users, slugify(seed.headline), now);
}

/** True when the database has no users yet: the start script seeds only then. */
export async function isDatabaseEmpty() {
  return (await prisma.user.count()) === 0;
}
