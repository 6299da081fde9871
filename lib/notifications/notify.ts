import type { Tx } from '@/lib/db';
import { addJob } from '@/lib/jobs/queue';
import { mailConfig } from './mail-config';

/** The graphile-worker task that emails one notification. */
export const EMAIL_TASK = 'email-notification';

/**
 * Tells a person about something on the desk, in the caller's transaction: the
 * desk notification, and (when SMTP is configured) a queued email, retried by the
 * job queue if the mail server is down, never sent for a change that rolled back.
 */
export async function notify(tx: Tx, input: { userId: string; storyId: string | null; kind: string; message: string }) {
  const notification = await tx.notification.create({ data: input });
  if (mailConfig()) {
    await addJob(tx, EMAIL_TASK, { notificationId: notification.id }, { maxAttempts: 8 });
  }
  return notification;
}
