'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/action';
import type { StoryTranslations } from '@/lib/translations/queries';
import { StatusBadge } from '../status-badge';

type Props = {
  storyId: string;
  translations: StoryTranslations;
  /** Language names by code, in the newsroom's words. */
  languageNames: Record<string, string>;
  translate: (input: { storyId: string; into: string }) => Promise<ActionResult<{ id: string }>>;
};

const RELATION = { original: 'original', source: 'translated from', translation: 'translation' } as const;
const relationLabel = (sibling: { relation: keyof typeof RELATION; original: boolean }) =>
  sibling.original && sibling.relation === 'source' ? 'original, translated from' : RELATION[sibling.relation];

/**
 * The story's family of translations: each sibling with its language and state (a link
 * to open it), and Translate with "Into" the languages it does not have yet. Translating
 * opens the new story.
 */
export function TranslationsPanel({ storyId, translations, languageNames, translate }: Props) {
  const router = useRouter();
  const into = useId();
  const [chosen, setChoice] = useState(translations.languagesLeft[0] ?? '');
  // A language taken since (the page refreshed) is no longer offered: the first one left is shown, and sent.
  const choice = translations.languagesLeft.includes(chosen) ? chosen : (translations.languagesLeft[0] ?? '');
  const [busy, setBusy] = useState(false);
  const [state, setState] = useState<{ ok: boolean; message: string } | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setState(null);
    try {
      const result = await translate({ storyId, into: choice });
      if (!result.ok) return setState({ ok: false, message: Object.values(result.fieldErrors).flat()[0] ?? result.message });
      // What the engine did is shown on the new story's page, beside its source text.
      setState({ ok: true, message: `Translation into ${languageNames[choice] ?? choice} started.` });
      router.push(`/desk/stories/${result.data.id}`);
    } catch {
      setState({ ok: false, message: 'Translate did not go through (the connection, or the server). Reload the page and try again.' });
    } finally {
      setBusy(false);
    }
  };
  const { siblings, languagesLeft, originalKilled } = translations;
  if (!siblings.length && !languagesLeft.length && !originalKilled) return null;
  return (
    <section role="region" aria-label="Translations" className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <h2 className="text-base font-semibold">Translations</h2>
      {originalKilled ? (
        <p className="rounded bg-red-50 px-2 py-1 text-sm text-red-900">
          <strong>Original killed.</strong> This translation stands on its own: decide whether it should.
        </p>
      ) : null}
      {siblings.length ? (
        <ul className="space-y-1 text-sm">
          {siblings.map((sibling) => (
            <li key={sibling.id} className="flex flex-wrap items-center gap-2">
              <Link href={`/desk/stories/${sibling.id}`} className="text-brand underline">
                {languageNames[sibling.language] ?? sibling.language}: {sibling.headline || '(no headline yet)'}
              </Link>
              <StatusBadge status={sibling.status} />
              <span className="text-slate-500">{relationLabel(sibling)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">No translations yet.</p>
      )}
      {languagesLeft.length ? (
        <form onSubmit={(event) => void submit(event)} className="flex flex-wrap items-center gap-2">
          <label htmlFor={into} className="text-sm font-medium">
            Into
          </label>
          <select id={into} className={cn(inputClass, 'w-auto')} value={choice} onChange={(event) => setChoice(event.target.value)} disabled={busy}>
            {languagesLeft.map((code) => (
              <option key={code} value={code}>
                {languageNames[code] ?? code}
              </option>
            ))}
          </select>
          <Button type="submit" size="sm" disabled={busy}>
            Translate
          </Button>
        </form>
      ) : null}
      <FormMessage state={state} />
    </section>
  );
}
