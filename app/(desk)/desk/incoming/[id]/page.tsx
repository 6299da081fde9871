import Link from 'next/link';
import { notFound } from 'next/navigation';
import { UseWireButton } from '@/components/desk/wire/use-wire-button';
import { WireFlagBadges, WireFlagNotes } from '@/components/desk/wire/wire-flags';
import { StoryBody } from '@/components/story/story-body';
import { formatDeskTime } from '@/lib/time/format';
import { Badge } from '@/components/ui/badge';
import { can } from '@/lib/auth/permissions';
import { readDoc } from '@/lib/content/document';
import type { WireImage } from '@/lib/wire/types';
import { urgencyLabel } from '@/lib/wire/urgency';
import { getWireItem } from '@/lib/wire/queries';
import { draftFromWireItemAction } from '../actions';
import { requireViewer } from '../../../require-viewer';

export const metadata = { title: 'Wire item' };

type Meta = { dateline?: string; images?: (WireImage & { src?: string })[]; literals?: string[] };

export default async function WireItemPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/desk/incoming/${id}`);
  const item = await getWireItem(viewer, id);
  if (!item) notFound();
  const meta = (item.meta ?? {}) as Meta;
  const { tags } = item;
  const facts: [string, string][] = [
    ['Source', item.source],
    ...(item.credit ? [['Credit', item.credit] as [string, string]] : []),
    ['Identifier', item.guid],
    ['Version', String(item.version)],
    ['Format', item.format],
    ['Received', formatDeskTime(item.receivedAt)],
    ['Version created', item.versionCreatedAt ? formatDeskTime(item.versionCreatedAt) : '—'],
    ['Urgency', urgencyLabel(item.urgency)],
    ['Language', item.language],
    ['Status', item.killedAt ? 'killed' : item.pubStatus],
    ...(item.embargoUntil ? [['Embargoed until', formatDeskTime(item.embargoUntil)] as [string, string]] : []),
  ];
  return (
    <article className="space-y-4" aria-labelledby="wire-headline">
      <p>
        <Link href="/desk/incoming" className="text-sm text-brand underline">
          ← Incoming wire
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="wire-headline" className="text-2xl font-semibold">
          {item.headline}
        </h1>
        {item.killedAt ? <Badge tone="red">Killed by the agency</Badge> : null}
        {item.signals.map((s) => (
          <Badge key={s} tone="blue">
            {s}
          </Badge>
        ))}
        <WireFlagBadges flags={item.flags} />
      </div>
      <WireFlagNotes flags={item.flags} />
      {item.subheadline ? <p className="text-lg text-slate-700">{item.subheadline}</p> : null}
      {item.edNote ? (
        <p className="rounded bg-amber-50 p-2 text-sm text-amber-900">
          <strong>Editor’s note:</strong> {item.edNote}
        </p>
      ) : null}
      {can(viewer, 'wire.use') && (!item.killedAt || item.story) ? (
        <UseWireButton wireItemId={item.id} inUse={!!item.story} action={draftFromWireItemAction} />
      ) : null}
      {can(viewer, 'planning.plan') ? (
        <p>
          <Link href={`/desk/planning/events/new?wire=${item.id}`} className="text-sm text-brand underline">
            Plan from this
          </Link>
        </p>
      ) : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
      {item.byline || meta.dateline ? <p className="text-sm">{[item.byline && `By ${item.byline}`, meta.dateline].filter(Boolean).join(' · ')}</p> : null}
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <StoryBody doc={readDoc(item.body)} />
      </div>
      {tags.length ? <p className="text-sm">Tags: {tags.map((t) => `${t.name} (${t.kind.toLowerCase()})`).join(', ')}</p> : null}
      {meta.literals?.length ? <p className="text-sm text-slate-600">Codes with no tag: {meta.literals.join(', ')}</p> : null}
      {meta.images?.length ? (
        <section aria-label="Images">
          <h2 className="font-semibold">Images</h2>
          <ul className="text-sm">
            {meta.images.map((img) => (
              <li key={img.href} className="flex items-center gap-2">
                {/* Copies in our storage are shown; a picture not fetched yet stays a link (the desk loads nothing from third parties). */}
                {/* eslint-disable-next-line @next/next/no-img-element -- a thumbnail of our own copy; next/image adds nothing here */}
                {img.src ? <img src={img.src} alt={img.alt || img.caption} className="h-16 w-24 rounded object-cover" /> : null}
                <a className="text-brand underline" href={img.href} rel="noreferrer noopener">
                  {img.caption || img.href}
                </a>
                {img.credit ? ` — ${img.credit}` : ''}
                {img.src ? null : <span className="text-slate-500">(not copied into the newsroom yet)</span>}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
