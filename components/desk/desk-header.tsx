import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { can, type Viewer } from '@/lib/auth/permissions';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { AdminMenu } from './admin-menu';

export function DeskHeader({
  viewer,
  unread,
  signOut,
  signOutEverywhere,
}: {
  viewer: Viewer;
  unread: number;
  signOut: () => Promise<void>;
  signOutEverywhere: () => Promise<void>;
}) {
  const links = [
    { href: '/desk', label: 'Stories', show: true },
    { href: '/desk/dashboard', label: 'Dashboard', show: true },
    { href: '/desk/stories/new', label: 'New story', show: can(viewer, 'story.create') },
    { href: '/desk/review', label: 'Review queue', show: can(viewer, 'story.review') },
    { href: '/desk/incoming', label: 'Incoming wire', show: true },
    { href: '/desk/planning', label: 'Planning', show: can(viewer, 'planning.view') },
    { href: '/desk/notifications', label: unread ? `Notifications (${unread})` : 'Notifications', show: true },
    { href: '/desk/tags', label: 'Tags', show: true },
    { href: '/desk/media', label: 'Media', show: true },
    { href: '/desk/topics', label: 'Topics', show: can(viewer, 'topic.manage') },
    { href: '/', label: 'Public site', show: true },
  ];
  const adminLinks = [
    { href: '/desk/sections', label: 'Sections', show: can(viewer, 'section.manage') },
    { href: '/desk/users', label: 'Users', show: can(viewer, 'user.manage') },
    { href: '/desk/audit', label: 'Audit log', show: can(viewer, 'audit.viewAll') },
    { href: '/desk/api-keys', label: 'API keys', show: can(viewer, 'apikey.manage') },
    { href: '/desk/webhooks', label: 'Webhooks', show: can(viewer, 'webhook.manage') },
    { href: '/desk/system', label: 'System', show: can(viewer, 'system.view') },
  ].filter((link) => link.show);
  // Reviewers have no Admin menu: they reach Contributors from the Tags page (the taxonomy pages' links).
  if (adminLinks.length && can(viewer, 'contributor.manage')) adminLinks.splice(1, 0, { href: '/desk/contributors', label: 'Contributors', show: true });
  // Two rows: who is signed in above, the desk's places below on one line (scrolling
  // sideways on a narrow screen rather than wrapping into a block).
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-4 px-4 pt-3">
        <Link href="/desk" className="text-lg font-bold text-brand">
          Newsroom desk
        </Link>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span>
            <span className="font-medium" data-testid="viewer-name">
              {viewer.name}
            </span>{' '}
            <Badge tone="blue">{ROLE_LABELS[viewer.role]}</Badge>
          </span>
          <form action={signOut}>
            <Button type="submit" variant="secondary" size="sm">
              Sign out
            </Button>
          </form>
          <form action={signOutEverywhere}>
            <Button type="submit" variant="ghost" size="sm" title="Ends your sessions in every browser">
              Sign out everywhere
            </Button>
          </form>
        </div>
      </div>
      <nav aria-label="Desk" className="mx-auto flex max-w-7xl items-center gap-1 whitespace-nowrap px-3 py-2">
        <div className="flex min-w-0 gap-1 overflow-x-auto">
          {links
            .filter((link) => link.show)
            .map((link) => (
              <Link key={link.href} href={link.href} className="shrink-0 rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100">
                {link.label}
              </Link>
            ))}
        </div>
        {adminLinks.length ? <AdminMenu links={adminLinks} /> : null}
      </nav>
    </header>
  );
}
