/**
 * Email goes out only when an SMTP server is configured (`NEWSROOM_SMTP_URL`, e.g.
 * `smtps://user:password@mail.example.com:465`); the desk's own notifications work
 * without it.
 */
import { env } from '@/lib/env';

export function mailConfig(): { smtpUrl: string; from: string; siteUrl: string } | null {
  const { NEWSROOM_SMTP_URL: smtpUrl, NEWSROOM_MAIL_FROM: from, NEWSROOM_SITE_URL: siteUrl } = env();
  if (!smtpUrl) return null;
  return { smtpUrl, from, siteUrl: siteUrl.replace(/\/$/, '') };
}
