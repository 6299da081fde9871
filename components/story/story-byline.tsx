import Link from 'next/link';
import { bylineGroups } from '@/lib/bylines/byline';
import type { PublicByline } from '@/lib/bylines/queries';

/**
 * The byline under the headline: "By A, B · Photos: C", each name linking to the
 * contributor's page where there is one, and the "with" line. Nothing for a story without one.
 */
export function StoryByline({ bylines, withLine }: { bylines: PublicByline[]; withLine: string }) {
  if (!bylines.length && !withLine) return null;
  const groups = bylineGroups(bylines, (entry) => entry.href);
  return (
    <div className="mt-4 text-sm text-slate-800" data-testid="byline">
      {groups.length ? (
        <p className="font-semibold">
          {groups.map((group, g) => (
            <span key={group.role}>
              {g ? ' · ' : ''}
              {group.lead}{' '}
              {group.names.map((name, i) => (
                <span key={i}>
                  {i ? ', ' : ''}
                  {name.href ? (
                    <Link href={name.href} rel="author" className="text-brand hover:underline">
                      {name.name}
                    </Link>
                  ) : (
                    name.name
                  )}
                </span>
              ))}
            </span>
          ))}
        </p>
      ) : null}
      {withLine ? <p className="text-slate-600">{withLine}</p> : null}
    </div>
  );
}
