import type { Activity } from '@/lib/collab/messages';

/** Who has a story open, in a desk list: "Open by Elena Editor (typing), Roman Reviewer". */
export function OnStory({ people }: { people: { name: string; activity: Activity }[] }) {
  if (!people.length) return null;
  return (
    <span className="mt-0.5 block text-xs text-slate-700" data-testid="on-story">
      Open by{' '}
      {people.map((p, i) => (
        <span key={p.name}>
          {i ? ', ' : ''}
          {p.name}
          {p.activity === 'typing' || p.activity === 'reviewing' ? ` (${p.activity})` : ''}
        </span>
      ))}
    </span>
  );
}
