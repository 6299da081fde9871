import { createTransport } from 'nodemailer';
import { z } from 'zod';
import { prisma } from '@/lib/db';
import { mailConfig } from './mail-config';

const SUBJECTS: Record<string, string> = {
  requestChanges: 'Sent back',
  approve: 'Approved',
  schedule: 'Scheduled',
  publish: 'Published',
  kill: 'Killed',
  comment: 'New comment',
};

/** The email for one desk notification: plain text, with a link to the story in the desk. */
export function composeNotificationEmail(input: { to: string; kind: string; message: string; storyId: string | null }, siteUrl: string) {
  const link = input.storyId ? `${siteUrl}/desk/stories/${input.storyId}` : `${siteUrl}/desk/notifications`;
  return {
    to: input.to,
    subject: `[Newsroom] ${SUBJECTS[input.kind] ?? 'Notification'}: ${input.message.slice(0, 120)}`,
    text: `${input.message}\n\nOpen it in the desk: ${link}\n\nYou receive this because you work on the Newsroom desk.`,
  };
}

const ZPayload = z.object({ notificationId: z.string().min(1) });

/**
 * The queued email of a notification. A failure throws, so the job queue retries it;
 * a person deactivated since, or a notification gone, is skipped.
 */
export async function sendNotificationEmail(payload: unknown): Promise<'sent' | 'skipped'> {
  const config = mailConfig();
  if (!config) return 'skipped';
  const { notificationId } = ZPayload.parse(payload);
  const notification = await prisma.notification.findUnique({ where: { id: notificationId }, include: { user: { select: { email: true, active: true } } } });
  if (!notification || !notification.user.active) return 'skipped';
  const transport = createTransport(config.smtpUrl);
  try {
    await transport.sendMail({ from: config.from, ...composeNotificationEmail({ ...notification, to: notification.user.email }, config.siteUrl) });
  } finally {
    transport.close();
  }
  return 'sent';
}
