import { Badge } from '@/components/ui/badge';

/** What ingest noticed about an item, as the desk reads it: a short label and what to do about it. */
const FLAGS: Record<string, { label: string; explanation: string }> = {
  'headline-missing': {
    label: 'Headline missing',
    explanation: 'The agency sent no headline; this one was made from the first sentence. Write a real one before use.',
  },
  'text-missing': {
    label: 'Headline only',
    explanation: 'The feed sent this entry without text (or with only its byline): write the story, or wait for the text to follow.',
  },
};

export function WireFlagBadges({ flags }: { flags: string[] }) {
  return flags.map((flag) => (
    <Badge key={flag} tone="amber">
      {FLAGS[flag]?.label ?? flag}
    </Badge>
  ));
}

export function WireFlagNotes({ flags }: { flags: string[] }) {
  const notes = flags.flatMap((flag) => (FLAGS[flag] ? [FLAGS[flag]] : []));
  if (!notes.length) return null;
  return (
    <ul className="space-y-1 rounded bg-amber-50 p-2 text-sm text-amber-900" aria-label="Checks for the desk">
      {notes.map((note) => (
        <li key={note.label}>
          <strong>{note.label}:</strong> {note.explanation}
        </li>
      ))}
    </ul>
  );
}
