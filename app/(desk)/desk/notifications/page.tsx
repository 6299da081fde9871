import Link from 'next/link';
import { takeNotifications } from '@/lib/notifications/queries';
import { formatDeskTime } from '@/lib/time/format';
import { requireViewer } from '../../require-viewer';

export const metadata = { title: 'Notifications' };

export default async function NotificationsPage() {
  const viewer = await requireViewer('/desk/notifications');
  const notifications = await takeNotifications(viewer);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Notifications</h1>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" aria-label="Notifications">
        {notifications.map((n) => (
          <li key={n.id} className="px-4 py-3 text-sm">
            <p className={n.readAt ? 'text-slate-700' : 'font-semibold'}>{n.message}</p>
            <p className="mt-1 text-xs text-slate-500">
              <time dateTime={n.createdAt.toISOString()}>{formatDeskTime(n.createdAt)}</time>
              {n.storyId ? (
                <>
                  {' '}
                  ·{' '}
                  <Link href={`/desk/stories/${n.storyId}`} className="text-brand underline">
                    open the story
                  </Link>
                </>
              ) : null}
            </p>
          </li>
        ))}
        {notifications.length === 0 ? <li className="px-4 py-6 text-center text-slate-500">No notifications.</li> : null}
      </ul>
    </div>
  );
}
