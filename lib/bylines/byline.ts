// A story's byline: an ordered list of contributors, each a desk user, a contributor record
// or a free name, with a role; and an optional "with" line. Pure and client-safe: the
// shared document, the form, the public page, feeds and the wire all read it from here.
import { z } from 'zod';
import { zLine } from '@/lib/text/fields';

export const BYLINE_ROLES = ['writer', 'reporter', 'photographer', 'translator', 'editor'] as const;
export type BylineRole = (typeof BYLINE_ROLES)[number];
export const BYLINE_KINDS = ['user', 'contributor', 'name'] as const;
export type BylineKind = (typeof BYLINE_KINDS)[number];

/** One contributor of a story: `id` names the desk user or contributor record ('' for a free name). */
export type Byline = { kind: BylineKind; id: string; name: string; role: BylineRole };

export const MAX_BYLINES = 20;
export const BYLINE_NAME_MAX = 120;
export const BYLINE_WITH_MAX = 300;

export const ROLE_LABELS: Record<BylineRole, string> = {
  writer: 'Writer',
  reporter: 'Reporter',
  photographer: 'Photographer',
  translator: 'Translator',
  editor: 'Editor',
};
/** How the public byline introduces each role's names, in the order it shows them. */
const ROLE_LEADS: Record<BylineRole, string> = {
  writer: 'By',
  reporter: 'Reporting:',
  photographer: 'Photos:',
  translator: 'Translated by',
  editor: 'Edited by',
};

/**
 * What the shared document may hold: the shape only (a name being typed may be blank or
 * long); a value of any other shape is refused whole at the door.
 */
export const ZSharedBylines = z
  .array(
    z
      .object({
        kind: z.enum(BYLINE_KINDS),
        id: z.string().regex(/^$|^[A-Za-z0-9_-]{1,40}$/),
        name: z.string().max(400),
        role: z.enum(BYLINE_ROLES),
      })
      .strict()
      .refine((entry) => (entry.kind === 'name') === (entry.id === ''), 'A free name has no id; a user or contributor has one.'),
  )
  .max(MAX_BYLINES);

/** The story's rules for a byline (what is stored): names normalised and present, each person once per role. */
export const ZBylines = z
  .array(
    z
      .object({
        kind: z.enum(BYLINE_KINDS),
        id: z.string().regex(/^$|^[A-Za-z0-9_-]{1,40}$/),
        name: zLine(BYLINE_NAME_MAX, `Keep each name to ${BYLINE_NAME_MAX} characters.`).pipe(
          z.string().min(1, 'Give each contributor a name, or remove the empty one.'),
        ),
        role: z.enum(BYLINE_ROLES, { message: 'Choose a role.' }),
      })
      .strict()
      .refine((entry) => (entry.kind === 'name') === (entry.id === ''), 'A free name has no id; a user or contributor has one.'),
  )
  .max(MAX_BYLINES, `Use at most ${MAX_BYLINES} contributors.`)
  .refine((list) => new Set(list.map(bylineKey)).size === list.length, 'A contributor is listed twice in the same role.');

export const ZBylineWith = zLine(BYLINE_WITH_MAX, `Keep the with line to ${BYLINE_WITH_MAX} characters.`);

function bylineKey(entry: Byline) {
  return `${entry.role}\u0000${entry.kind}\u0000${entry.kind === 'name' ? entry.name.toLowerCase() : entry.id}`;
}

/** A stored byline list (JSON from a row), read defensively: anything not in shape is left out. */
export function readBylines(value: unknown): Byline[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = ZSharedBylines.element.safeParse(entry);
    return parsed.success && parsed.data.name.trim() ? [parsed.data] : [];
  });
}

/** A name on the public byline, with its contributor page where it has one. */
export type BylineName = { name: string; href: string | null };
/** One group of the byline: "By" and the writers, "Photos:" and the photographers… */
export type BylineGroup = { role: BylineRole; lead: string; names: BylineName[] };

/**
 * The byline as readers see it: the names grouped by role, writers first ("By A, B"),
 * then each other role with its lead ("Photos: C"). `hrefOf` gives a contributor's page.
 */
export function bylineGroups<B extends Byline>(bylines: B[], hrefOf: (entry: B) => string | null = () => null): BylineGroup[] {
  return BYLINE_ROLES.flatMap((role) => {
    const names = bylines.filter((entry) => entry.role === role).map((entry) => ({ name: entry.name, href: hrefOf(entry) }));
    return names.length ? [{ role, lead: ROLE_LEADS[role], names }] : [];
  });
}

/** The byline as one line of text ("By A, B. Photos: C"), for feeds and the wire; '' for none. */
export function formatByline(bylines: Byline[]): string {
  return bylineGroups(bylines)
    .map((group) => `${group.lead} ${group.names.map((n) => n.name).join(', ')}`)
    .join('. ');
}

/**
 * The role an agency names ("crol:photographer", "AP Entertainment Writer", "Translator",
 * "Reporting"), or null when it names none the byline knows.
 */
export function roleOf(value: string | null | undefined): BylineRole | null {
  const words = (value ?? '').toLowerCase().replace(/[^\p{L}]+/gu, ' ');
  if (/\b(phot|camera|image|picture)/.test(words)) return 'photographer';
  if (/\btransl/.test(words)) return 'translator';
  if (/\b(report|correspondent|stringer)/.test(words)) return 'reporter';
  if (/\b(editor|editing|edited)/.test(words)) return 'editor';
  if (/\b(writer|author|by|byline|creator|columnist)\b/.test(words)) return 'writer';
  return null;
}

/** A typed name in a byline (role writer unless given). */
export const freeName = (name: string, role: BylineRole = 'writer'): Byline => ({ kind: 'name', id: '', name, role });

/**
 * An agency's byline ("Anna Petrova and Ivan Sidorov", "Anna Petrova, Ivan Sidorov") as
 * free names with the role writer; an agency's own name is a credit and was taken out
 * when the copy came in (lib/wire/bylines.ts).
 */
export function bylinesFromText(text: string, role: BylineRole = 'writer'): Byline[] {
  const seen = new Set<string>();
  return text
    .replace(/\s+/g, ' ')
    .split(/\s*(?:,|;|&|\band\b)\s*/i)
    .map((name) => name.trim().slice(0, BYLINE_NAME_MAX).trim())
    .filter((name) => name && !seen.has(name.toLowerCase()) && seen.add(name.toLowerCase()))
    .slice(0, MAX_BYLINES)
    .map((name) => freeName(name, role));
}
