'use client';

import { useId, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { BYLINE_NAME_MAX, BYLINE_ROLES, MAX_BYLINES, ROLE_LABELS, freeName, type Byline, type BylineRole } from '@/lib/bylines/byline';

type Choice = { id: string; name: string };
/** Whom a byline may name besides a free name: the desk's users and the contributor records. */
export type BylineChoices = { users: Choice[]; contributors: Choice[] };

const KIND_LABELS = { user: 'desk', contributor: 'contributor', name: 'free name' } as const;

/**
 * The story's byline: contributors in order (a contributor record, a desk user or a typed
 * name, each with a role), moved up and down and removed, and the "with" line. The list
 * is one field of the shared document: each change writes it whole.
 */
export function BylineField({
  value,
  onChange,
  choices,
  errors,
  withLine,
  readOnly = false,
}: {
  value: Byline[];
  onChange: (bylines: Byline[]) => void;
  choices: BylineChoices;
  errors?: string[];
  withLine: ReactNode;
  readOnly?: boolean;
}) {
  const id = useId();
  const [who, setWho] = useState('');
  const [typed, setTyped] = useState('');
  const [role, setRole] = useState<BylineRole>('writer');
  const [problem, setProblem] = useState('');

  const add = () => {
    const [kind, personId] = who.split(':') as ['user' | 'contributor' | '', string | undefined];
    const person =
      kind === 'user' ? choices.users.find((u) => u.id === personId) : kind === 'contributor' ? choices.contributors.find((c) => c.id === personId) : undefined;
    const entry: Byline | null = person && kind ? { kind, id: person.id, name: person.name, role } : typed.trim() ? freeName(typed.trim(), role) : null;
    if (!entry) return setProblem('Choose a person or type a name.');
    if (value.length >= MAX_BYLINES) return setProblem(`A byline has at most ${MAX_BYLINES} contributors.`);
    if (
      value.some(
        (b) =>
          b.role === entry.role && b.kind === entry.kind && (entry.kind === 'name' ? b.name.toLowerCase() === entry.name.toLowerCase() : b.id === entry.id),
      )
    ) {
      return setProblem(`${entry.name} is already in the byline as ${ROLE_LABELS[entry.role].toLowerCase()}.`);
    }
    onChange([...value, entry]);
    setProblem('');
    setTyped('');
    setWho('');
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...value];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    onChange(next);
  };
  const allErrors = [...(errors ?? []), ...(problem ? [problem] : [])];

  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-3" aria-describedby={allErrors.length ? `${id}-errors` : undefined}>
      <legend className="px-1 text-sm font-semibold">Byline</legend>
      {value.length ? (
        <ol className="space-y-2" aria-label="Contributors">
          {value.map((entry, index) => (
            <li key={`${entry.kind}:${entry.id}:${entry.name}:${entry.role}`} className="rounded border border-slate-100 p-2 text-sm">
              <div className="font-medium">
                {entry.name} <span className="text-xs font-normal text-slate-500">({KIND_LABELS[entry.kind]})</span>
              </div>
              <div className="mt-1 flex flex-wrap items-center gap-1">
                <select
                  aria-label={`Role of ${entry.name}`}
                  className={`${inputClass} w-auto py-1`}
                  value={entry.role}
                  disabled={readOnly}
                  onChange={(e) => onChange(value.map((b, i) => (i === index ? { ...b, role: e.target.value as BylineRole } : b)))}
                >
                  {BYLINE_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_LABELS[r]}
                    </option>
                  ))}
                </select>
                <Button size="sm" variant="ghost" aria-label={`Move ${entry.name} up`} disabled={readOnly || index === 0} onClick={() => move(index, -1)}>
                  ↑
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Move ${entry.name} down`}
                  disabled={readOnly || index === value.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Remove ${entry.name}`}
                  disabled={readOnly}
                  onClick={() => onChange(value.filter((_, i) => i !== index))}
                >
                  Remove
                </Button>
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-slate-500">No byline: the story shows none.</p>
      )}
      <div className="space-y-2 border-t border-slate-100 pt-2">
        <label className="block text-sm font-medium text-slate-800" htmlFor={`${id}-who`}>
          Contributor
        </label>
        <select id={`${id}-who`} className={inputClass} value={who} disabled={readOnly} onChange={(e) => setWho(e.target.value)}>
          <option value="">A name typed below</option>
          {choices.contributors.length ? (
            <optgroup label="Contributors">
              {choices.contributors.map((c) => (
                <option key={c.id} value={`contributor:${c.id}`}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          ) : null}
          {choices.users.length ? (
            <optgroup label="Desk">
              {choices.users.map((u) => (
                <option key={u.id} value={`user:${u.id}`}>
                  {u.name}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
        {who === '' ? (
          <>
            <label className="block text-sm font-medium text-slate-800" htmlFor={`${id}-name`}>
              Name
            </label>
            <input
              id={`${id}-name`}
              className={inputClass}
              value={typed}
              maxLength={BYLINE_NAME_MAX}
              disabled={readOnly}
              autoComplete="off"
              onChange={(e) => setTyped(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
            />
          </>
        ) : null}
        <label className="block text-sm font-medium text-slate-800" htmlFor={`${id}-role`}>
          Role
        </label>
        <select id={`${id}-role`} className={inputClass} value={role} disabled={readOnly} onChange={(e) => setRole(e.target.value as BylineRole)}>
          {BYLINE_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        <Button size="sm" variant="secondary" disabled={readOnly} onClick={add}>
          Add contributor
        </Button>
      </div>
      {allErrors.length ? (
        <ul id={`${id}-errors`} className="text-sm text-red-700" role="alert">
          {allErrors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      {withLine}
    </fieldset>
  );
}
