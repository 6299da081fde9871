/**
 * Email goes out only when an SMTP server is configured (`NEWSROOM_SMTP_URL`, e.g.
 * `smtps://user:password@mail.example.com:465`); the desk's own notifications work
 * without it. Read on each use, not cached, so it can be set per process.
 */
export function mailConfig(): { smtpUrl: string; from: string; siteUrl: string } | null {
  const smtpUrl = process.env.NEWSROOM_SMTP_URL;
  if (!smtpUrl) return null;
  return {
    smtpUrl,
    from: process.env.NEWSROOM_MAIL_FROM || 'Newsroom desk <desk@localhost>',
    siteUrl: (process.env.NEWSROOM_SITE_URL || 'http://localhost:3000').replace(/\/$/, ''),
  };
}
