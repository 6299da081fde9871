import { runOnce } from 'graphile-worker';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { sendNotificationEmail } from '@/lib/notifications/email';
import { EMAIL_TASK } from '@/lib/notifications/notify';
import { transitionStory } from '@/lib/stories/transition';
import { quietLogger } from '../../scripts/lib/migrate';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

type Received = { from: string; to: string[]; raw: string };
const received: Received[] = [];
let server: SMTPServer;
let port = 0;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      stream.on('end', () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as { port: number }).port;
});
afterAll(async () => {
  delete process.env.NEWSROOM_SMTP_URL;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const runJobs = () =>
  runOnce({
    connectionString: process.env.DATABASE_URL,
    taskList: { [EMAIL_TASK]: async (p) => void (await sendNotificationEmail(p)) },
    logger: quietLogger(),
  });
const queued = async () =>
  Number((await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier = ${EMAIL_TASK}`)[0]!.n);

describe('notification emails over SMTP', () => {
  it('without SMTP configured, nothing is queued; with it, the author gets an email through the job queue', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const first = await saveStoryInput(editor, storyInput({ headline: 'No mail for this one' }));
    await transitionStory(editor, { storyId: first.id, action: 'submit' });
    await transitionStory(reviewer, { storyId: first.id, action: 'requestChanges', note: 'Check the figures.' });
    expect(await queued()).toBe(0);

    process.env.NEWSROOM_SMTP_URL = `smtp://127.0.0.1:${port}`;
    process.env.NEWSROOM_MAIL_FROM = 'Desk <desk@newsroom.test>';
    const story = await saveStoryInput(editor, storyInput({ headline: 'Mail me when it is approved' }));
    await transitionStory(editor, { storyId: story.id, action: 'submit' });
    await transitionStory(reviewer, { storyId: story.id, action: 'approve' });
    expect(await queued()).toBe(1);
    await runJobs();
    expect(await queued()).toBe(0);

    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: 'desk@newsroom.test', to: [editor.email] });
    const mail = await simpleParser(received[0]!.raw);
    expect(mail.subject).toBe(`[Newsroom] Approved: “Mail me when it is approved” was approved by ${reviewer.name}.`);
    expect(mail.text).toContain(`/desk/stories/${story.id}`);
  });
});
