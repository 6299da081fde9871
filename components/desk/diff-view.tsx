import { Fragment } from 'react';
import { treeToReact } from '@/components/story/story-body';
import type { BodyDiff } from '@/lib/stories/body-diff';
import type { FieldDiff } from '@/lib/stories/diff';

/** "2 changed · 1 added": what a rich diff holds, in words. */
function tally(rich: BodyDiff): string {
  const parts = [
    [rich.changed, 'changed'],
    [rich.added, 'added'],
    [rich.removed, 'removed'],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}`)
    .join(' · ');
}

/**
 * What changed between two versions: each field word by word, the body as its rich
 * diff (the stored text drawn by the one renderer, with bold, links, tables and
 * pictures), removed words struck through in red, added ones underlined in green,
 * runs of unchanged paragraphs folded.
 */
export function DiffView({ diff, onlyChanged = true }: { diff: FieldDiff[]; onlyChanged?: boolean }) {
  const fields = onlyChanged ? diff.filter((field) => field.changed) : diff;
  if (fields.length === 0) return <p className="text-sm text-slate-600">No differences.</p>;
  return (
    <div className="diff space-y-2 text-sm">
      {/* Samples of the marks, not changes: spans, so assistive technology never reads them as an insertion or deletion. */}
      <p className="text-xs text-slate-600">
        Added text is <span className="diff-sample-added">underlined in green</span>; removed text is{' '}
        <span className="diff-sample-removed">struck through in red</span>.
      </p>
      <dl className="space-y-3">
        {fields.map((field) => (
          <div key={field.field}>
            <dt className="font-semibold text-slate-700">
              {field.label}
              {field.rich ? <span className="ml-2 font-normal text-slate-600">{tally(field.rich)}</span> : null}
            </dt>
            {field.rich ? (
              <dd className="story-body diff-body">{field.rich.tree.map(treeToReact)}</dd>
            ) : (
              <dd className="whitespace-pre-wrap leading-relaxed">
                {field.parts.map((part, index) =>
                  part.change === 'added' ? (
                    <ins key={index}>{part.text}</ins>
                  ) : part.change === 'removed' ? (
                    <del key={index}>{part.text}</del>
                  ) : (
                    <Fragment key={index}>{part.text}</Fragment>
                  ),
                )}
              </dd>
            )}
          </div>
        ))}
      </dl>
    </div>
  );
}
