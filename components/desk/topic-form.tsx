'use client';

import { useState } from 'react';
import { BodyEditor } from '@/components/editor/body-editor';
import { Button } from '@/components/ui/button';
import { Field, TextInput } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/action';
import type { TDocNode } from '@/lib/content/document';

/** A topic's title and background box, written in the story editor. */
export function TopicForm({
  topic,
  action,
}: {
  /** `titles`: its title in each of the newsroom's other languages, by code, with the language's name. */
  topic: { id: string; title: string; background: TDocNode; titles: { code: string; language: string; title: string }[] };
  action: (input: { id: string; title: string; background: string } & Record<`title_${string}`, string>) => Promise<ActionResult<unknown>>;
}) {
  const [title, setTitle] = useState(topic.title);
  const [titles, setTitles] = useState<Record<string, string>>(() => Object.fromEntries(topic.titles.map((t) => [t.code, t.title])));
  const [background, setBackground] = useState(topic.background);
  const [state, setState] = useState<ActionResult<unknown> | null>(null);
  const [pending, setPending] = useState(false);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const save = async () => {
    setPending(true);
    setState(
      await action({
        id: topic.id,
        title,
        background: JSON.stringify(background),
        ...Object.fromEntries(Object.entries(titles).map(([code, text]) => [`title_${code}`, text])),
      }).catch(() => ({
        ok: false as const,
        code: 'INVALID_INPUT' as const,
        message: 'The server could not be reached.',
        fieldErrors: {},
      })),
    );
    setPending(false);
  };
  return (
    <div className="space-y-4">
      <Field id="topic-title" label="Title" errors={errors.title}>
        <TextInput id="topic-title" value={title} onChange={(e) => setTitle(e.target.value)} invalid={!!errors.title} />
      </Field>
      {topic.titles.map(({ code, language }) => (
        <Field key={code} id={`topic-title-${code}`} label={`Title in ${language}`} errors={errors[`title_${code}`]}>
          <TextInput
            id={`topic-title-${code}`}
            lang={code}
            value={titles[code] ?? ''}
            onChange={(e) => setTitles((all) => ({ ...all, [code]: e.target.value }))}
            invalid={!!errors[`title_${code}`]}
          />
        </Field>
      ))}
      <div className="space-y-1">
        <span id="background-label" className="block text-sm font-medium">
          Background
        </span>
        <BodyEditor labelId="background-label" initial={topic.background} onChange={setBackground} invalid={!!errors.background} />
        <div aria-live="polite" className="text-sm text-red-700">
          {errors.background?.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      </div>
      <div className="flex items-center gap-3">
        <Button onClick={() => void save()} disabled={pending}>
          Save topic
        </Button>
        <FormMessage state={state && (state.ok ? { ok: true, message: state.message } : state)} />
      </div>
    </div>
  );
}
