'use client';

import { Button } from '@/components/ui/button';
import { docToPlainText } from '@/lib/content/text';
import type { StoryContent } from '@/lib/stories/content';
import { diffStoryContent } from '@/lib/stories/diff';
import type { Draft, DraftVersion } from '@/lib/stories/draft';
import { DiffView } from '../diff-view';

type Names = { sections: Map<string, string>; topics: Map<string, string>; tags: Map<string, string> };

const contentOf = ({ tags, ...draft }: Draft): StoryContent => ({
  ...draft, tagIds: tags.map((t) => t.id), datelineDate: draft.datelineDate ? new Date(`${draft.datelineDate}T00:00:00Z`) : null,
  sectionId: draft.sectionId || null, topicId: draft.topicId || null, bodyText: docToPlainText(draft.body),
});

/**
 * Shown when someone else saved first: what differs between their version and mine,
 * field by field. Nothing is lost: mine stays in the form (and on this device) until I choose.
 */
export function ConflictPanel({ mine, theirs, names, onKeepMine, onUseTheirs }: { mine: Draft; theirs: DraftVersion; names: Names; onKeepMine: () => void; onUseTheirs: () => void }) {
  const when = new Date(theirs.updatedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const diff = diffStoryContent(contentOf(theirs.draft), contentOf(mine), names);
  return (
    <section aria-labelledby="conflict-title" className="rounded-lg border-2 border-amber-500 bg-amber-50 p-4">
      <h2 id="conflict-title" className="text-lg font-semibold text-amber-950">
        Conflict: {theirs.editorName ?? 'someone else'} saved this story ({when}) after you opened it
      </h2>
      <p className="mt-1 text-sm text-amber-950">
        Your text is still in the editor and kept on this device. Compare the two versions; you can copy their changes into
        yours, then keep your version, or use theirs instead.
      </p>
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        <div className="rounded border border-slate-200 bg-white p-3" aria-label="Your version" role="group">
          <h3 className="text-sm font-semibold uppercase text-slate-500">Your version</h3>
          <p className="mt-1 font-semibold">{mine.headline}</p>
          <p className="mt-1 whitespace-pre-wrap text-sm">{docToPlainText(mine.body)}</p>
        </div>
        <div className="rounded border border-slate-200 bg-white p-3" aria-label="Their version" role="group">
          <h3 className="text-sm font-semibold uppercase text-slate-500">Their version</h3>
          <p className="mt-1 font-semibold">{theirs.draft.headline}</p>
          <p className="mt-1 whitespace-pre-wrap text-sm">{docToPlainText(theirs.draft.body)}</p>
        </div>
      </div>
      <div className="mt-3 rounded border border-slate-200 bg-white p-3">
        <h3 className="text-sm font-semibold">Every field that differs (their version → yours)</h3>
        <div className="mt-2">{diff.length ? <DiffView diff={diff} /> : <p className="text-sm">No field differs.</p>}</div>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button onClick={onKeepMine}>Keep my version</Button>
        <Button variant="secondary" onClick={onUseTheirs}>Use their version</Button>
      </div>
    </section>
  );
}
