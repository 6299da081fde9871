// The shape of a story's shared document (Yjs): what each part holds and what may enter it.
// Client-safe: the form reads and writes through these names, the server checks updates by them.
import { z } from 'zod';
import { BYLINE_WITH_MAX, ZSharedBylines } from '@/lib/bylines/byline';
import { PRIORITIES, TAG_KINDS } from '@/lib/enums';
import type { Draft } from '../draft';
import { LANGUAGES } from '../limits';

/** The Y.XmlFragment tiptap's Collaboration extension binds the body to. */
export const BODY_FIELD = 'default';
/** The Y.Map of the fields that hold one value each (last writer wins per field). */
export const FIELDS_MAP = 'fields';

/** Fields typed as text: each a Y.Text of its own, merged per character like the body. */
export const TEXT_FIELDS = ['headline', 'subheadline', 'datelinePlace', 'credit', 'correctionNote', 'bylineWith'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export const isTextField = (name: string): name is TextField => (TEXT_FIELDS as readonly string[]).includes(name);

/**
 * The most a text field may hold in the shared document. The story's own limits are lower
 * (a headline of 160 characters) and are shown to the person as a field error while the
 * typed text stays; past these ceilings an update is refused before it enters the document.
 */
export const TEXT_CEILING: Record<TextField, number> = {
  headline: 1_000,
  subheadline: 2_000,
  datelinePlace: 400,
  credit: 200,
  correctionNote: 4_000,
  bylineWith: BYLINE_WITH_MAX * 4,
};

const ZTag = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/), name: z.string().max(300), kind: z.enum(TAG_KINDS) }).strict();
const anId = z.string().regex(/^$|^[A-Za-z0-9_-]{1,40}$/);

/**
 * What each one-value field may hold in the document: its type and size, not its rules.
 * A date being typed ("2026-1") or a section deleted meanwhile is a value the form may
 * hold; the story's rules are applied when it is stored, and a refusal is shown there.
 */
export const SCALAR_SCHEMAS = {
  slug: z.string().max(200),
  datelineDate: z.string().max(40),
  sectionId: anId,
  topicId: anId,
  priority: z.enum(PRIORITIES),
  language: z.enum(LANGUAGES),
  tags: z.array(ZTag).max(100),
  embargoUntil: z.string().max(40),
  liveCoverage: z.boolean(),
  leadImageId: anId,
  /** The byline: an ordered list of contributors, written whole (last change wins), refused whole when not in shape. */
  bylines: ZSharedBylines,
} as const satisfies Record<string, z.ZodType>;
export type ScalarField = keyof typeof SCALAR_SCHEMAS;
export const SCALAR_FIELDS = Object.keys(SCALAR_SCHEMAS) as ScalarField[];
export const isScalarField = (name: string): name is ScalarField => Object.hasOwn(SCALAR_SCHEMAS, name);

/** Every field of the form but the body, each in exactly one of the two groups. */
export type SharedFields = Omit<Draft, 'body'>;
// A form field added without a place in the document fails to compile here.
type Unplaced = Exclude<keyof SharedFields, TextField | ScalarField>;
export const EVERY_FIELD_PLACED: [Unplaced] extends [never] ? true : Unplaced = true;

/** Why a value may not enter a one-value field, or null. */
export function scalarProblem(name: string, value: unknown): string | null {
  if (!isScalarField(name)) return `“${name}” is not a field of a story.`;
  return SCALAR_SCHEMAS[name].safeParse(value).success ? null : `The value written to ${name} is not one it can hold.`;
}

/**
 * The Y.Map of proposed headlines and subheadlines (suggesting mode): keyed by suggestion
 * id (its author and time, lib/suggestions/ids.ts), each the whole text proposed for one
 * field, until someone accepts or rejects it. The body's suggestions are marks in the body.
 */
export const FIELD_SUGGESTIONS_MAP = 'suggestions';
export const SUGGESTABLE_FIELDS = ['headline', 'subheadline'] as const;
export type SuggestableField = (typeof SUGGESTABLE_FIELDS)[number];
export const MAX_FIELD_SUGGESTIONS = 200;
export const ZFieldSuggestion = z
  .object({ field: z.enum(SUGGESTABLE_FIELDS), text: z.string().max(TEXT_CEILING.subheadline) })
  .strict()
  .refine((value) => value.text.length <= TEXT_CEILING[value.field], { message: 'Too long for the field.' });
export type FieldSuggestionValue = z.infer<typeof ZFieldSuggestion>;
