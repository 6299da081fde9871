import type { FieldDiff } from '@/lib/stories/diff';

/** A word-level diff: removed words struck through, added words underlined. */
export function DiffView({ diff, onlyChanged = true }: { diff: FieldDiff[]; onlyChanged?: boolean }) {
  const fields = onlyChanged ? diff.filter((field) => field.changed) : diff;
  if (fields.length === 0) return <p className="text-sm text-slate-600">No differences.</p>;
  return (
    <dl className="space-y-3 text-sm">
      {fields.map((field) => (
        <div key={field.field}>
          <dt className="font-semibold text-slate-700">{field.label}</dt>
          <dd className="whitespace-pre-wrap leading-relaxed">
            {field.parts.map((part, index) =>
              part.change === 'added' ? <ins key={index} className="bg-green-100 text-green-900 no-underline decoration-green-700 underline">{part.text}</ins>
                : part.change === 'removed' ? <del key={index} className="bg-red-100 text-red-900">{part.text}</del>
                  : <span key={index}>{part.text}</span>,
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
