import { formatDeskTime } from '@/lib/time/format';

/** The reviewer's note on a story sent back, at the top of the story until it is submitted again. */
export function SendBackNote({ note }: { note: { note: string | null; createdAt: Date; actor: { name: string } | null } }) {
  return (
    <section aria-label="Sent back for changes" className="rounded-lg border-l-4 border-amber-600 bg-amber-50 p-4 text-sm text-amber-950">
      <h2 className="font-semibold">
        Sent back for changes by {note.actor?.name ?? 'a reviewer'}, <time dateTime={note.createdAt.toISOString()}>{formatDeskTime(note.createdAt)}</time>
      </h2>
      {note.note ? <p className="mt-1 whitespace-pre-wrap">{note.note}</p> : null}
      <p className="mt-1 text-xs text-amber-900">Make the changes, then submit the story for review again.</p>
    </section>
  );
}
