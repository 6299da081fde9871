import Link from 'next/link';
import { DayInput } from '@/components/desk/day-input';
import { UploadImages } from '@/components/desk/media/upload-images';
import { listLibrary, ZLibraryFilter } from '@/lib/assets/library';
import { isExpired } from '@/lib/assets/queries';
import { formatDeskTime } from '@/lib/time/format';
import { requireViewer } from '../../require-viewer';

export const metadata = { title: 'Media' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS = { PROCESSING: 'making renditions…', READY: '', FAILED: 'renditions failed' } as const;

export default async function MediaPage({ searchParams }: Props) {
  const viewer = await requireViewer('/desk/media');
  const raw = await searchParams;
  const parsed = ZLibraryFilter.safeParse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const filter = parsed.success ? parsed.data : ZLibraryFilter.parse({});
  const { items, hasMore } = await listLibrary(viewer, filter);
  const query = (page: number) => `?${new URLSearchParams({ ...filter, page: String(page) } as Record<string, string>)}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Media</h1>
      <UploadImages />
      <form role="search" aria-label="Images" className="flex flex-wrap items-end gap-3 text-sm" action="/desk/media">
        <label className="font-medium">
          Search images
          <input
            type="search"
            name="q"
            defaultValue={filter.q}
            placeholder="Caption, credit, keyword, uploader"
            className="mt-1 block w-72 rounded-md border border-slate-300 px-2 py-1"
          />
        </label>
        <label className="font-medium">
          Uploaded from
          <DayInput id="media-from" name="from" defaultValue={filter.from} className="mt-1" />
        </label>
        <label className="font-medium">
          to
          <DayInput id="media-to" name="to" defaultValue={filter.to} className="mt-1" />
        </label>
        <label className="font-medium">
          Use
          <select name="use" defaultValue={filter.use} className="mt-1 block rounded-md border border-slate-300 px-2 py-1">
            <option value="all">All images</option>
            <option value="used">Used in a story</option>
            <option value="unused">Not used</option>
          </select>
        </label>
        <button type="submit" className="rounded-md bg-brand px-3 py-1.5 font-medium text-white">
          Search
        </button>
      </form>
      {items.length === 0 ? <p className="text-sm text-slate-600">No images match.</p> : null}
      <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4" aria-label="Library">
        {items.map((item) => (
          <li key={item.id} className="rounded-lg border border-slate-200 bg-white p-2 text-sm">
            <Link href={`/desk/media/${item.id}`} className="block">
              {/* eslint-disable-next-line @next/next/no-img-element -- the desk shows the stored original */}
              <img
                src={item.src}
                alt={item.altText || item.caption || item.originalName}
                loading="lazy"
                className="aspect-video w-full rounded object-cover"
                width={item.width ?? undefined}
                height={item.height ?? undefined}
              />
              <span className="mt-1 line-clamp-2 block font-medium">{item.caption || item.originalName || 'No caption'}</span>
            </Link>
            <span className="block text-xs text-slate-600">
              {item.credit ? `${item.credit} · ` : ''}
              {formatDeskTime(item.createdAt)}
              {item.uploadedBy ? ` · ${item.uploadedBy.name}` : ''}
            </span>
            <span className="block text-xs text-slate-600">
              {item.usedBy.length ? `Used in ${item.usedBy.length} ${item.usedBy.length === 1 ? 'story' : 'stories'}` : 'Not used'}
            </span>
            {STATUS[item.status] ? <span className="block text-xs text-amber-800">{STATUS[item.status]}</span> : null}
            {!item.altText ? <span className="block text-xs text-amber-800">No alt text</span> : null}
            {isExpired(item) ? <span className="block text-xs font-semibold text-red-700">Rights expired: hidden from readers</span> : null}
          </li>
        ))}
      </ul>
      <nav aria-label="Pages" className="flex justify-between text-sm">
        {filter.page > 1 ? (
          <Link href={query(filter.page - 1)} className="text-brand underline">
            Newer images
          </Link>
        ) : (
          <span />
        )}
        {hasMore ? (
          <Link href={query(filter.page + 1)} className="text-brand underline">
            Older images
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
