import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ImageDetailsForm } from '@/components/desk/media/image-details-form';
import { getLibraryImage } from '@/lib/assets/library';
import { isExpired } from '@/lib/assets/queries';
import { env } from '@/lib/env';
import { formatDeskTime } from '@/lib/time/format';
import { newsroomDayEnding } from '@/lib/time/newsroom-day';
import { requireViewer } from '../../../require-viewer';
import { updateImageAction } from '../actions';

export const metadata = { title: 'Image' };

export default async function MediaImagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/desk/media/${id}`);
  const image = /^[0-9a-f-]{36}$/.test(id) ? await getLibraryImage(viewer, id) : null;
  if (!image) notFound();
  const renditions = Array.isArray(image.renditions) ? image.renditions.length : 0;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/desk/media" className="text-brand underline">
          Media
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{image.caption || image.originalName || 'Image'}</h1>
      <p className="text-sm text-slate-600">
        {image.width} × {image.height} · {image.mimeType} · {Math.round(image.bytes / 1024)} KB · uploaded {formatDeskTime(image.createdAt)}
        {image.uploadedBy ? ` by ${image.uploadedBy.name}` : ''}
        {image.takenAt ? ` · taken ${formatDeskTime(image.takenAt)}` : ''}
      </p>
      <p role="status" className="text-sm">
        {image.status === 'PROCESSING'
          ? 'Making renditions…'
          : image.status === 'FAILED'
            ? `Renditions failed: ${image.processingError}`
            : `${renditions} renditions ready (AVIF, WebP and ${image.mimeType === 'image/png' ? 'PNG' : 'JPEG'}, 320–1920 px, crops 16:9 and 1:1, social card 1200×630).`}
      </p>
      {isExpired(image) ? (
        <p className="rounded bg-red-50 p-2 text-sm font-semibold text-red-800">Usage rights expired: this image is hidden from public pages.</p>
      ) : null}
      <ImageDetailsForm
        save={updateImageAction}
        image={{
          id: image.id,
          src: image.src,
          caption: image.caption,
          credit: image.credit,
          altText: image.altText,
          copyright: image.copyright,
          keywords: image.keywords.join(', '),
          rightsExpireOn: image.rightsExpireAt ? newsroomDayEnding(image.rightsExpireAt, env().NEWSROOM_TIMEZONE) : '',
          focalX: image.focalX,
          focalY: image.focalY,
          width: image.width ?? 0,
          height: image.height ?? 0,
        }}
      />
      <section aria-labelledby="used-in" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="used-in" className="font-semibold">
          Used in
        </h2>
        {image.usedBy.length ? (
          <ul className="mt-2 list-disc pl-5 text-sm">
            {image.usedBy.map((story) => (
              <li key={story.id}>
                <Link href={`/desk/stories/${story.id}`} className="text-brand underline">
                  {story.headline || 'Untitled story'}
                </Link>{' '}
                ({story.status.toLowerCase().replace('_', ' ')})
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-slate-600">No story uses this image yet.</p>
        )}
      </section>
    </div>
  );
}
