import { docFromParagraphs } from '@/lib/content/document';
import { prisma } from '@/lib/db';
import { parseInput } from '@/lib/errors';
import { saveStory } from '@/lib/stories/mutations';
import { transitionStory } from '@/lib/stories/transition';
import { ZSaveStory } from '@/lib/stories/validation';
import { translateStory } from '@/lib/translations/mutations';

// The demo's seed story in Russian (the newsroom's own translation, for benchmarks of Russian pages).
const HEADLINE = 'Путин и Пашинян обсудят в среду Нагорный Карабах — Кремль';
const SUBHEADLINE = 'Переговоры станут первым зарубежным визитом исполняющего обязанности премьер-министра Армении';
const PARAGRAPHS = [
  'Президент России Владимир Путин и исполняющий обязанности премьер-министра Армении Никол Пашинян на переговорах в среду действительно обсудят Нагорный Карабах, но подписывать какие-либо документы не планируется, сообщил журналистам пресс-секретарь Кремля Дмитрий Песков.',
  'Журналисты обратили внимание представителя Кремля на сообщения некоторых армянских СМИ о том, что лидеры двух стран могут рассмотреть варианты размещения российских миротворцев на границе Армении и подписать соответствующий документ.',
  '«Эта информация не соответствует действительности», — ответил Песков на просьбу прокомментировать ее. «Конечно, будет обсуждаться Карабах, российские военнослужащие, которые там сейчас находятся, и двусторонние отношения в целом. Однако подписывать какие-либо документы не планируется».',
  '«Это первый зарубежный визит Пашиняна после [убедительной] победы [его партии] на парламентских выборах», — сказал он. «Объем двусторонних отношений большой, и поговорить есть о чем».',
];

/** Translates the demo's published seed story into Russian and publishes it, as an editor and a reviewer of the demo desk would (DATABASE_URL set before lib/db is first imported); returns the Russian page's path. */
export async function publishRussianSeedTranslation(seedSlug: string): Promise<string> {
  const person = (role: 'EDITOR' | 'REVIEWER') => prisma.user.findFirstOrThrow({ where: { role }, select: { id: true, role: true, name: true, email: true } });
  const [editor, reviewer] = [await person('EDITOR'), await person('REVIEWER')];
  const seed = await prisma.story.findUniqueOrThrow({ where: { slug: seedSlug }, include: { tags: true } });
  const translation = await translateStory(editor, seed.id, 'ru', { engine: null });
  const draft = await prisma.story.findUniqueOrThrow({ where: { id: translation.id } });
  await saveStory(
    editor,
    parseInput(ZSaveStory, {
      id: draft.id,
      baseVersion: draft.version,
      headline: HEADLINE,
      subheadline: SUBHEADLINE,
      slug: draft.slug,
      datelinePlace: 'Москва',
      datelineDate: seed.datelineDate ? seed.datelineDate.toISOString().slice(0, 10) : '',
      credit: draft.credit,
      sectionId: draft.sectionId,
      topicId: draft.topicId,
      priority: draft.priority,
      language: 'ru',
      tagIds: seed.tags.map((t) => t.tagId),
      correctionNote: '',
      body: docFromParagraphs(PARAGRAPHS),
    }),
  );
  for (const [who, action] of [
    [editor, 'submit'],
    [reviewer, 'approve'],
    [reviewer, 'publish'],
  ] as const)
    await transitionStory(who, { storyId: draft.id, action });
  return `/ru/news/${draft.slug}`;
}
