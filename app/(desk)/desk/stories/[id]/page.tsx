import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StatusBadge } from '@/components/desk/status-badge';
import { formatDeskTime } from '@/lib/time/format';
import { auditSentence } from '@/lib/audit/describe';
import { StoryEditor } from '@/components/desk/story-editor/story-editor';
import { StoryHistory } from '@/components/desk/story-history';
import { getStoryForEditor, listRevisions } from '@/lib/stories/editor-queries';
import { listStoryActivity, sendBackNote } from '@/lib/stories/desk-queries';
import { SendBackNote } from '@/components/desk/send-back-note';
import { reviewDiff } from '@/lib/stories/review-diff';
import { listCommentThreads } from '@/lib/comments/queries';
import { wireStatusOfStory } from '@/lib/wire/queries';
import { WireSourceBanner } from '@/components/desk/wire/wire-source-banner';
import { DiffView } from '@/components/desk/diff-view';
import { STATUS_LABELS } from '@/lib/stories/labels';
import { requireViewer } from '../../../require-viewer';
import { restoreRevisionAction, diffRevisionsAction } from '../actions';
import { storyEditorActions } from '../editor-actions';
import { storyFormProps } from '../form-props';
import { LiveDesk } from '@/components/desk/live/live-desk';
import { can } from '@/lib/auth/permissions';
import { readDoc } from '@/lib/content/document';
import { listDeskEntries } from '@/lib/live/queries';
import { addEntryAction, correctEntryAction, deleteEntryAction, endLiveCoverageAction, publishEntryAction } from '../live-actions';
import { TranslationsPanel } from '@/components/desk/translations/translations-panel';
import { sourceTextOf, storyTranslations } from '@/lib/translations/queries';
import { SourceTextPanel } from '@/components/desk/translations/source-text';
import { LANGUAGE_LABELS } from '@/lib/stories/limits';
import { languageName } from '@/lib/stories/languages';
import { storyPath } from '@/lib/stories/public-paths';
import { translateStoryAction } from '../translation-actions';

export const metadata = { title: 'Edit story' };

export default async function EditStoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/desk/stories/${id}`);
  const story = await getStoryForEditor(viewer, id);
  if (!story) notFound();
  const [revisions, activity, sinceBaseline, threads, wire, entries, sentBack, translations, source] = await Promise.all([
    listRevisions(viewer, id),
    listStoryActivity(viewer, id),
    reviewDiff(viewer, id),
    listCommentThreads(viewer, id),
    wireStatusOfStory(viewer, id),
    story.liveCoverage ? listDeskEntries(id) : Promise.resolve([]),
    sendBackNote(viewer, story),
    storyTranslations(viewer, id),
    sourceTextOf(viewer, id),
  ]);
  const live = story.publication && !story.publication.killedAt;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">Edit story</h1>
        <StatusBadge status={story.status} />
        {live && story.publication!.updateNumber > 0 ? (
          <span className="rounded bg-green-100 px-2 py-0.5 text-sm font-semibold text-green-900">UPDATE {story.publication!.updateNumber}</span>
        ) : null}
        <Link href={`/preview/${story.id}`} className="text-sm text-brand underline" title="The saved copy in the public design">
          Preview
        </Link>
        {live ? (
          <Link href={storyPath(story.publication!.slug, story.language)} className="text-sm text-brand underline">
            View published version
          </Link>
        ) : null}
        <span className="text-sm text-slate-500">by {story.author.name}</span>
        {story.status === 'SCHEDULED' && story.scheduledAt ? (
          <span className="text-sm text-purple-800">
            publishes <time dateTime={story.scheduledAt.toISOString()}>{formatDeskTime(story.scheduledAt)}</time>
          </span>
        ) : null}
        {story.embargoUntil && story.embargoUntil > new Date() ? (
          <span className="rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-900">
            embargoed until <time dateTime={story.embargoUntil.toISOString()}>{formatDeskTime(story.embargoUntil)}</time>
          </span>
        ) : null}
      </div>
      {sentBack ? <SendBackNote note={sentBack} /> : null}
      {wire ? <WireSourceBanner status={wire} /> : null}
      {translations ? (
        <TranslationsPanel storyId={story.id} translations={translations} languageNames={LANGUAGE_LABELS} translate={translateStoryAction} />
      ) : null}
      {sinceBaseline ? (
        <details className="rounded-lg border border-blue-200 bg-blue-50 p-4" open={story.status === 'IN_REVIEW'}>
          <summary className="cursor-pointer font-semibold">{sinceBaseline.label}</summary>
          {/* Its own scroll box: a long diff never pushes the review actions out of view. */}
          <div
            role="region"
            aria-label={sinceBaseline.label}
            tabIndex={0}
            className="mt-2 max-h-[38vh] overflow-y-auto rounded border border-blue-100 bg-white p-3"
          >
            <DiffView diff={sinceBaseline.diff} />
          </div>
        </details>
      ) : null}
      <StoryEditor
        key={story.id}
        {...await storyFormProps(story, viewer)}
        actions={storyEditorActions}
        sourceText={source ? <SourceTextPanel storyId={story.id} source={source} languageName={languageName(source.language)} /> : undefined}
        threads={threads.map((t) => ({
          ...t,
          createdAt: t.createdAt.toISOString(),
          resolvedAt: t.resolvedAt?.toISOString() ?? null,
          replies: t.replies.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
        }))}
      />
      {story.liveCoverage ? (
        <LiveDesk
          storyId={story.id}
          canPublish={can(viewer, 'live.publish')}
          ended={!!story.liveEndedAt}
          publicLive={!!live && story.publication!.liveCoverage}
          actions={{ add: addEntryAction, publish: publishEntryAction, correct: correctEntryAction, remove: deleteEntryAction, end: endLiveCoverageAction }}
          entries={entries.map((entry) => ({
            id: entry.id,
            body: readDoc(entry.body),
            status: entry.status,
            keyEvent: entry.keyEvent,
            pinned: entry.pinned,
            correctionNote: entry.correctionNote,
            deleteNote: entry.deleteNote,
            createdAt: entry.createdAt.toISOString(),
            publishedAt: entry.publishedAt?.toISOString() ?? null,
            authorName: entry.author.name,
            publishedByName: entry.publishedBy?.name ?? null,
          }))}
        />
      ) : null}
      <StoryHistory
        storyId={story.id}
        diff={diffRevisionsAction}
        restore={restoreRevisionAction}
        currentVersion={story.version}
        revisions={revisions.map((r) => ({
          id: r.id,
          number: r.number,
          reason: r.reason,
          status: r.status,
          createdAt: r.updatedAt.toISOString(),
          authorName: r.author.name,
        }))}
      />
      <section aria-labelledby="activity-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="activity-title" className="text-lg font-semibold">
          Activity
        </h2>
        <ol className="mt-2 space-y-1 text-sm" aria-label="Activity">
          {activity.map((event) => (
            <li key={event.id}>
              <time dateTime={event.createdAt.toISOString()} className="text-slate-500">
                {formatDeskTime(event.createdAt)}
              </time>{' '}
              <strong>{event.actor?.name ?? 'System'}</strong> {auditSentence(event.action)}
              {event.fromStatus && event.toStatus ? ` (${STATUS_LABELS[event.fromStatus]} → ${STATUS_LABELS[event.toStatus]})` : ''}
              {event.note ? <span className="text-slate-600"> — {event.note}</span> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
