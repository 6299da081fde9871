import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { revokeSession } from '@/lib/auth/sessions';
import { deskSignals } from '@/lib/http/desk-signals';
import { serveSourceStream } from '@/lib/http/source-stream';
import { translateStory } from '@/lib/translations/mutations';
import { sourceTextOf } from '@/lib/translations/queries';
import { seedUser } from '../support/factories';
import { authSecretForTests, cookieFor } from '../support/session-cookie';
import { readSseFrames } from '../support/sse';
import { saveStoryInput, storyInput } from '../support/story-input';
import { newsroomLanguagesForTests, unique, writeTranslation } from '../support/translations';

/** A translator's open page: the source fingerprints its stream delivered, and whether the server ended it. */
async function openSource(cookie: string | null, translationId: string) {
  const controller = new AbortController();
  const response = await serveSourceStream(
    new Request(`http://desk.test/desk/stories/${translationId}/source-events`, { headers: cookie ? { cookie } : {}, signal: controller.signal }),
    translationId,
    { heartbeatMs: 200 },
  );
  const fingerprints: string[] = [];
  let ended = false;
  if (response.ok) {
    void (async () => {
      await readSseFrames(response.body!, (frame) => {
        if (frame.event === 'source') fingerprints.push((frame.data as { fingerprint: string }).fingerprint);
      });
      ended = true;
    })();
  }
  return { response, fingerprints, ended: () => ended, close: () => controller.abort() };
}

describe('a translator’s live connection to the source', () => {
  newsroomLanguagesForTests('en,ru');
  authSecretForTests();
  afterAll(async () => {
    await deskSignals().stop();
  });

  it('sends what the source shows on opening, then each change to it the moment it commits, and nothing for a save that changes nothing shown', async () => {
    const editor = await seedUser('EDITOR');
    const source = await saveStoryInput(editor, storyInput({ headline: `Talks resume ${unique()}` }));
    const translation = await translateStory(editor, source.id, 'ru');
    const page = await openSource((await cookieFor(editor)).cookie, translation.id);
    expect(page.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const shown = (await sourceTextOf(editor, translation.id))!.fingerprint;
    await expect.poll(() => page.fingerprints, { timeout: 10_000 }).toEqual([shown]);
    await expect.poll(() => deskSignals().size, { timeout: 10_000 }).toBeGreaterThan(0);

    await writeTranslation(editor, source.id, 'Talks resume in Istanbul', 'en');
    const corrected = (await sourceTextOf(editor, translation.id))!.fingerprint;
    await expect.poll(() => page.fingerprints, { timeout: 10_000 }).toEqual([shown, corrected]);
    // The same text saved again (an autosave, a priority change) sends nothing; the next real change does.
    await writeTranslation(editor, source.id, 'Talks resume in Istanbul', 'en', { priority: 'URGENT' });
    await writeTranslation(editor, source.id, 'Talks resume in Istanbul on Monday', 'en');
    const again = (await sourceTextOf(editor, translation.id))!.fingerprint;
    await expect.poll(() => page.fingerprints, { timeout: 10_000 }).toEqual([shown, corrected, again]);
    page.close();
  });

  it('is for the signed-in desk, on a translation only, and ends when the session does', async () => {
    const editor = await seedUser('EDITOR');
    const source = await saveStoryInput(editor, storyInput({ headline: `Grain deal ${unique()}` }));
    const translation = await translateStory(editor, source.id, 'ru');
    expect((await openSource(null, translation.id)).response.status).toBe(401);
    const { cookie, sid } = await cookieFor(editor);
    expect((await openSource(cookie, source.id)).response.status).toBe(404);
    const page = await openSource(cookie, translation.id);
    expect(page.response.status).toBe(200);
    await revokeSession(sid);
    await expect.poll(() => page.ended(), { timeout: 10_000 }).toBe(true);
  });

  it('the trigger announces a committed change to the headline, text or state of a story with translations, and nothing else', async () => {
    const editor = await seedUser('EDITOR');
    const source = await saveStoryInput(editor, storyInput({ headline: `Wheat exports ${unique()}` }));
    await translateStory(editor, source.id, 'ru');
    const alone = await saveStoryInput(editor, storyInput({ headline: `Untranslated ${unique()}` }));
    const listener = new Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    const heard: { kind: string; storyId: string }[] = [];
    listener.on('notification', (message) => {
      const signal = JSON.parse(message.payload ?? '{}') as { kind: string; storyId: string };
      if (signal.kind === 'source' && [source.id, alone.id].includes(signal.storyId)) heard.push(signal);
    });
    await listener.query('LISTEN newsroom_desk');
    try {
      // Nothing shown changes (a priority, the same text again), and a story nobody translated: no signal.
      await prisma.story.update({ where: { id: source.id }, data: { priority: 'URGENT' } });
      const same = await prisma.story.findUniqueOrThrow({ where: { id: source.id } });
      await prisma.story.update({ where: { id: source.id }, data: { headline: same.headline, body: same.body as object, status: same.status } });
      await writeTranslation(editor, alone.id, 'Untranslated, corrected', 'en');
      // Then a correction: the one signal heard (signals arrive in commit order, so any earlier one would be here first).
      await writeTranslation(editor, source.id, 'Wheat exports fall', 'en');
      await expect.poll(() => heard.length, { timeout: 10_000 }).toBeGreaterThan(0);
      expect(heard).toEqual([{ kind: 'source', storyId: source.id }]);
    } finally {
      await listener.end();
    }
  });
});
