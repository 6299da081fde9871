import { afterEach, describe, expect, it } from 'vitest';
import { docFromParagraphs, readDoc } from '@/lib/content/document';
import { prisma } from '@/lib/db';
import { registerTranslationEngine, type TranslationEngine } from '@/lib/translations/engine';
import { translateStory } from '@/lib/translations/mutations';
import { sourceTextOf } from '@/lib/translations/queries';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';
import { newsroomLanguagesForTests, unique } from '../support/translations';

/** A fake engine: marks each text with the language asked for, and remembers what it was sent. */
function fakeEngine(answer?: (texts: readonly string[]) => Promise<readonly unknown[]>) {
  const calls: { texts: readonly string[]; from: string; into: string }[] = [];
  const engine: TranslationEngine = {
    name: 'Fake MT',
    translate: async (texts, from, into) => {
      calls.push({ texts, from, into });
      return (answer ? await answer(texts) : texts.map((t) => (t ? `[${into}] ${t}` : ''))) as string[];
    },
  };
  return { engine, calls };
}

async function english() {
  const editor = await seedUser('EDITOR');
  const story = await saveStoryInput(
    editor,
    storyInput({
      headline: `Talks resume ${unique()}`,
      subheadline: 'In Istanbul',
      body: docFromParagraphs(['Delegations met on Monday.', 'They will meet again.']),
    }),
  );
  return { editor, story };
}

const createdNote = async (storyId: string) => (await prisma.auditEvent.findFirstOrThrow({ where: { storyId, action: 'story.create' } })).note;

describe('Translate with a translation engine (an interface; tested with fakes)', () => {
  newsroomLanguagesForTests('en,ru,de');
  afterEach(() => {
    registerTranslationEngine(null);
  });

  it('starts the translation from the engine’s draft: headline, subheadline and each paragraph, said so in its history', async () => {
    const { editor, story } = await english();
    const { engine, calls } = fakeEngine();
    registerTranslationEngine(engine); // as an adapter registers it at start-up
    const translation = await translateStory(editor, story.id, 'ru');
    expect(translation.machine).toBe('drafted');
    const source = await prisma.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(calls).toEqual([{ texts: [source.headline, 'In Istanbul', 'Delegations met on Monday.', 'They will meet again.'], from: 'en', into: 'ru' }]);
    const row = await prisma.story.findUniqueOrThrow({ where: { id: translation.id } });
    expect([row.language, row.headline, row.subheadline, row.status]).toEqual(['ru', `[ru] ${source.headline}`, '[ru] In Istanbul', 'DRAFT']);
    expect(readDoc(row.body)).toEqual(docFromParagraphs(['[ru] Delegations met on Monday.', '[ru] They will meet again.']));
    expect(row.bodyText).toContain('[ru] They will meet again.');
    expect(await createdNote(translation.id)).toBe(`Translation into Russian of “${source.headline}” (machine draft by Fake MT)`);
    // The shared document holds the draft too: the first person to open it co-edits the drafted text.
    expect(await prisma.storyCollabState.count({ where: { storyId: translation.id } })).toBe(1);
    // The source beside it is the source as sent: nothing marked changed; and it says where the draft came from.
    expect((await sourceTextOf(editor, translation.id))!).toMatchObject({ changed: 0, machine: { engine: 'Fake MT', drafted: true } });
  });

  it.each([
    ['fails', () => Promise.reject(new Error('quota exceeded'))],
    ['answers fewer texts than asked', () => Promise.resolve(['one'])],
    ['answers something that is not text', (texts: readonly string[]) => Promise.resolve(texts.map(() => 42))],
    ['answers a body the editor would refuse', (texts: readonly string[]) => Promise.resolve(texts.map((t, i) => (i < 2 ? t : 'x'.repeat(300_000))))],
  ])('an engine that %s leaves the translation empty, made all the same, and says so', async (_what, answer) => {
    const { editor, story } = await english();
    const { engine } = fakeEngine(answer);
    const translation = await translateStory(editor, story.id, 'de', { engine });
    expect(translation.machine).toBe('failed');
    const row = await prisma.story.findUniqueOrThrow({ where: { id: translation.id } });
    expect([row.language, row.headline, row.bodyText]).toEqual(['de', '', '']);
    expect(await createdNote(translation.id)).toMatch(/\(Fake MT gave no draft: started empty\)$/);
    expect((await sourceTextOf(editor, translation.id))!.machine).toEqual({ engine: 'Fake MT', drafted: false });
  });

  it('an engine that never answers, and ignores being told to stop, holds Translate no longer than the wait', async () => {
    const { editor, story } = await english();
    const { engine } = fakeEngine(() => new Promise(() => {}));
    const translation = await translateStory(editor, story.id, 'ru', { engine, waitMs: 200 });
    expect(translation.machine).toBe('failed');
    expect((await prisma.story.findUniqueOrThrow({ where: { id: translation.id } })).headline).toBe('');
  });

  it('a refused translation is never sent to the engine: its own language, one its family has, one the newsroom does not publish in', async () => {
    const { editor, story } = await english();
    await translateStory(editor, story.id, 'de', { engine: null });
    const { engine, calls } = fakeEngine();
    for (const into of ['en', 'de', 'fr', 'xx'])
      await expect(translateStory(editor, story.id, into, { engine }), into).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(calls).toEqual([]);
  });

  // This checks the meeting point (the globalThis key both copies use), not Next's bundling itself.
  it('an engine registered from another copy of the module (as instrumentation.ts has) is the one Translate uses', async () => {
    const { editor, story } = await english();
    const { engine, calls } = fakeEngine();
    (globalThis as { __newsroomTranslationEngine?: TranslationEngine }).__newsroomTranslationEngine = engine;
    expect((await translateStory(editor, story.id, 'ru')).machine).toBe('drafted');
    expect(calls).toHaveLength(1);
  });

  it('without an engine the translation starts empty, as before', async () => {
    const { editor, story } = await english();
    const translation = await translateStory(editor, story.id, 'ru');
    expect(translation.machine).toBe('none');
    expect((await prisma.story.findUniqueOrThrow({ where: { id: translation.id } })).headline).toBe('');
    expect(await createdNote(translation.id)).not.toMatch(/machine|draft/);
    expect((await sourceTextOf(editor, translation.id))!.machine).toBeNull();
  });
});
