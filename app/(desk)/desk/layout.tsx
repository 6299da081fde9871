import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { DeskClockProvider } from '@/components/desk/desk-clock';
import { DeskHeader } from '@/components/desk/desk-header';
import { FlashCue } from '@/components/desk/flash-cue';
import { SystemAlertBanner } from '@/components/desk/system/system-alerts';
import { can } from '@/lib/auth/permissions';
import { env } from '@/lib/env';
import { countUnread } from '@/lib/notifications/queries';
import { systemAlerts } from '@/lib/ops/system-status';
import { signOutAction, signOutEverywhereAction } from '../../login/actions';
import { requireViewer } from '../require-viewer';

export const metadata: Metadata = { title: { default: 'Desk', template: '%s — Newsroom desk' }, robots: { index: false } };

export default async function DeskLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer('/desk');
  return (
    <div className="min-h-screen bg-slate-50">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <DeskHeader viewer={viewer} unread={await countUnread(viewer)} signOut={signOutAction} signOutEverywhere={signOutEverywhereAction} />
      {can(viewer, 'story.review') ? <FlashCue /> : null}
      {can(viewer, 'system.view') ? <SystemAlertBanner alerts={await systemAlerts(viewer)} /> : null}
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        <DeskClockProvider timeZone={env().NEWSROOM_TIMEZONE}>{children}</DeskClockProvider>
      </main>
    </div>
  );
}
