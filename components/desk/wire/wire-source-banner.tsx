import Link from 'next/link';
import { DiffView } from '@/components/desk/diff-view';
import { diffFields } from '@/lib/stories/diff';
import type { wireStatusOfStory } from '@/lib/wire/queries';

type Status = NonNullable<Awaited<ReturnType<typeof wireStatusOfStory>>>;

/** On a draft made from wire copy: where it came from, and whether the agency has since updated or killed it. */
export function WireSourceBanner({ status }: { status: Status }) {
  const { item, previous } = status;
  return (
    <section aria-label="Wire source" className="space-y-2">
      <p className="text-sm text-slate-700">
        From wire copy:{' '}
        <Link className="text-brand underline" href={`/desk/incoming/${item.id}`}>
          {item.source} · version {status.usedVersion}
        </Link>{' '}
        <span className="text-slate-500">({item.guid})</span>
      </p>
      {status.killed ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <strong>The agency killed this wire copy.</strong> Do not publish what came from it without checking.{item.edNote ? ` Note: ${item.edNote}` : ''}
        </p>
      ) : status.newer ? (
        <details className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" open>
          <summary className="cursor-pointer font-semibold text-amber-900">A newer version ({item.version}) of the wire copy arrived</summary>
          {previous ? (
            <div className="mt-2">
              <DiffView
                diff={diffFields([
                  { field: 'headline', label: 'Headline', before: previous.headline, after: item.headline },
                  { field: 'subheadline', label: 'Subheadline', before: previous.subheadline, after: item.subheadline },
                  { field: 'body', label: 'Body', before: previous.bodyText, after: item.bodyText },
                ])}
              />
            </div>
          ) : null}
        </details>
      ) : null}
    </section>
  );
}
