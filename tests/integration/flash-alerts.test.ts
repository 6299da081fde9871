import { readSseFrames } from '../support/sse';
import { afterAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/permissions';
import { revokeSession } from '@/lib/auth/sessions';
import { deskSignals } from '@/lib/http/desk-signals';
import { serveFlashStream } from '@/lib/http/flash-stream';
import { transitionStory } from '@/lib/stories/transition';
import { seedUser } from '../support/factories';
import { cookieFor, authSecretForTests } from '../support/session-cookie';
import { saveStoryInput, storyInput } from '../support/story-input';

/** A reviewer's open desk: the FLASH frames its stream delivered, and whether the server ended it. */
async function openDesk(cookie: string | null, headers: Record<string, string> = {}, heartbeatMs = 200) {
  const controller = new AbortController();
  const response = await serveFlashStream(
    new Request('http://desk.test/desk/events', { headers: { ...(cookie ? { cookie } : {}), ...headers }, signal: controller.signal }),
    { heartbeatMs },
  );
  const frames: { id: string; data: { id: string; headline: string; author: string } }[] = [];
  let ended = false;
  if (response.ok) {
    void (async () => {
      await readSseFrames(response.body!, (frame) => {
        if (frame.event === 'flash') frames.push({ id: frame.id!, data: frame.data as (typeof frames)[number]['data'] });
      });
      ended = true;
    })();
  }
  return { response, frames, ended: () => ended, close: () => controller.abort() };
}

async function submitFlash(editor: Viewer, headline: string, priority: 'FLASH' | 'ROUTINE' = 'FLASH') {
  const story = await saveStoryInput(editor, storyInput({ headline, priority }));
  await transitionStory(editor, { storyId: story.id, action: 'submit' });
  return story;
}

describe('the reviewers’ FLASH alerts on the desk’s live connection', () => {
  authSecretForTests();
  afterAll(async () => {
    await deskSignals().stop();
  });

  it('tells an open desk of a FLASH sent for review the moment it commits, and of nothing else', async () => {
    const reviewer = await seedUser('REVIEWER');
    const editor = await seedUser('EDITOR');
    const desk = await openDesk((await cookieFor(reviewer)).cookie);
    expect(desk.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(desk.response.headers.get('cache-control')).toContain('no-transform');
    await expect.poll(() => deskSignals().size, { timeout: 10_000 }).toBeGreaterThan(0);

    await submitFlash(editor, `Routine copy ${Date.now()}`, 'ROUTINE');
    const headline = `FLASH: tremor felt in Almaty ${Date.now()}`;
    const flash = await submitFlash(editor, headline);
    await expect.poll(() => desk.frames.map((f) => f.data.headline), { timeout: 10_000 }).toContain(headline);
    expect(desk.frames.find((f) => f.data.id === flash.id)?.data.author).toBe(editor.name);
    expect(desk.frames.some((f) => f.data.headline.startsWith('Routine copy'))).toBe(false);

    // A desk that reconnects names the last FLASH it saw and is sent what came after it.
    const before = desk.frames.find((f) => f.data.id === flash.id)!.id;
    desk.close();
    const second = await submitFlash(editor, `FLASH: second tremor ${Date.now()}`);
    const again = await openDesk((await cookieFor(reviewer)).cookie, { 'last-event-id': before });
    await expect.poll(() => again.frames.map((f) => f.data.id), { timeout: 10_000 }).toEqual([second.id]);
    again.close();
  });

  it('is for signed-in reviewers only, and ends when the session does', async () => {
    const editor = await seedUser('EDITOR');
    expect((await openDesk(null)).response.status).toBe(401);
    expect((await openDesk((await cookieFor(editor)).cookie)).response.status).toBe(403);
    const reviewer = await seedUser('REVIEWER');
    const { cookie, sid } = await cookieFor(reviewer);
    const desk = await openDesk(cookie);
    expect(desk.response.status).toBe(200);
    await revokeSession(sid);
    await expect.poll(() => desk.ended(), { timeout: 10_000 }).toBe(true);
  });
});
