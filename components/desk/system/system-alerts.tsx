import Link from 'next/link';
import type { SystemAlert } from '@/lib/ops/alerts';

/** The red banner on every admin desk page while something is wrong (lib/ops/alerts.ts says what). */
export function SystemAlertBanner({ alerts }: { alerts: SystemAlert[] }) {
  if (!alerts.length) return null;
  return (
    <section aria-label="System alerts" className="border-b border-red-300 bg-red-50 text-red-900">
      <div className="mx-auto flex max-w-7xl flex-wrap items-start gap-x-4 gap-y-1 px-4 py-2 text-sm">
        <p className="font-semibold">{alerts.length === 1 ? 'Something is wrong:' : `${alerts.length} things are wrong:`}</p>
        <ul className="flex-1 space-y-0.5">
          {alerts.slice(0, 5).map((alert) => (
            <li key={alert.key}>{alert.text}</li>
          ))}
          {alerts.length > 5 ? <li>…and {alerts.length - 5} more</li> : null}
        </ul>
        <Link href="/desk/system" className="font-semibold underline">
          Open the System page
        </Link>
      </div>
    </section>
  );
}
