import Link from 'next/link';
import { WireFlagBadges } from '@/components/desk/wire/wire-flags';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { SelectInput, TextInput } from '@/components/ui/field';
import { formatDeskTime } from '@/lib/time/format';
import { listIncoming, listSources, ZIncomingFilter, type IncomingFilter } from '@/lib/wire/queries';
import { urgencyLabel } from '@/lib/wire/urgency';
import { requireViewer } from '../../require-viewer';

export const metadata = { title: 'Incoming wire' };

const URGENCY_TONE = (urgency: number | null) =>
  (urgency === 1 ? 'red' : urgency !== null && urgency <= 3 ? 'amber' : 'neutral') as 'red' | 'amber' | 'neutral';

export default async function IncomingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer('/desk/incoming');
  const raw = await searchParams;
  const one = (key: string) => (typeof raw[key] === 'string' ? raw[key] : undefined);
  const parsed = ZIncomingFilter.safeParse({ source: one('source'), status: one('status'), q: one('q'), before: one('before') });
  const filter: Partial<IncomingFilter> = parsed.success ? parsed.data : {};
  const [{ items, next }, sources] = await Promise.all([listIncoming(viewer, filter), listSources(viewer)]);
  const nextHref = next
    ? `/desk/incoming?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filter).filter(([k, v]) => v && k !== 'before')), before: next })}`
    : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Incoming wire</h1>
      <p className="text-sm text-slate-600">
        Copy from other agencies, as it arrived. Nothing here is published: <strong>Use</strong> an item to make an editable draft from it.
      </p>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter incoming wire">
        <label className="text-sm">
          Search headlines
          <TextInput id="incoming-q" name="q" defaultValue={filter.q ?? ''} />
        </label>
        <label className="text-sm">
          Source
          <SelectInput id="incoming-source" name="source" defaultValue={filter.source ?? ''}>
            <option value="">Every source</option>
            {sources.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </SelectInput>
        </label>
        <label className="text-sm">
          Status
          <SelectInput id="incoming-status" name="status" defaultValue={filter.status ?? ''}>
            <option value="">Any status</option>
            <option value="usable">Usable</option>
            <option value="withheld">Withheld</option>
            <option value="canceled">Killed</option>
          </SelectInput>
        </label>
        <Button type="submit" variant="secondary">
          Filter
        </Button>
      </form>
      <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Incoming wire items">
        {items.map((item) => (
          <li key={item.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-3">
            <Link href={`/desk/incoming/${item.id}`} className="font-medium text-slate-900 hover:underline">
              {item.headline}
            </Link>
            <span className="text-sm text-slate-600">{item.source}</span>
            {item.urgency ? <Badge tone={URGENCY_TONE(item.urgency)}>urgency {urgencyLabel(item.urgency)}</Badge> : null}
            {item.version > 1 ? <Badge tone="blue">version {item.version}</Badge> : null}
            <WireFlagBadges flags={item.flags} />
            {item.killedAt ? <Badge tone="red">Killed</Badge> : item.pubStatus === 'withheld' ? <Badge tone="amber">Withheld</Badge> : null}
            {item.story ? (
              <Link href={`/desk/stories/${item.story.id}`} className="text-sm text-brand underline">
                In use
              </Link>
            ) : null}
            <time className="ml-auto text-xs text-slate-500" dateTime={item.receivedAt.toISOString()}>
              received {formatDeskTime(item.receivedAt)}
            </time>
          </li>
        ))}
      </ol>
      {items.length === 0 ? (
        <p className="text-slate-600">Nothing has arrived{filter.q || filter.source || filter.status ? ' that matches' : ' yet'}.</p>
      ) : null}
      {nextHref ? (
        <Link href={nextHref} className="text-brand underline">
          Older items
        </Link>
      ) : null}
    </div>
  );
}
