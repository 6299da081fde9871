// The door of the shared document: every update a client sends is tried on a shadow copy
// first, and only one that leaves the document in a shape the story can hold goes on to
// the live document (and to everyone else). Pure: no sockets, no database.
import { getSchema } from '@tiptap/core';
import * as Y from 'yjs';
import { BLOCK_SUGGESTIONS_ATTR, parseBlockSuggestions, SUGGESTABLE_BLOCKS } from '@/lib/content/block-suggestions';
import { embedOfAttrs } from '@/lib/content/embeds';
import { bodyExtensions } from '@/lib/content/extensions';
import { MAX_ATTRIBUTE_DEPTH, nestsDeeperThan } from '@/lib/content/json-depth';
import { isSuggestionMark } from '@/lib/content/suggestion-marks';
import { SUGGESTION_ID } from '@/lib/suggestions/ids';
import {
  BODY_FIELD,
  FIELD_SUGGESTIONS_MAP,
  FIELDS_MAP,
  isTextField,
  MAX_FIELD_SUGGESTIONS,
  scalarProblem,
  TEXT_CEILING,
  TEXT_FIELDS,
  ZFieldSuggestion,
} from './fields';
import { suggestionAuthorProblem, suggestionIdsInBody, suggestionIdsWritten } from './suggestion-authors';

/** An update refused at the door: which part of the story it touched, and why, in words. */
export type Refusal = { field: string; message: string };

export type GuardLimits = {
  /** The most a story's whole shared state may weigh, encoded (body and fields). */
  maxStateBytes: number;
  /** How deep the body's structure may nest. */
  maxDepth: number;
};

/** 2 MB: a story of some 250,000 words, far past any wire story, with its edit history collected. */
export const DEFAULT_LIMITS: GuardLimits = { maxStateBytes: 2 * 1024 * 1024, maxDepth: 24 };

const TRIED = Symbol('tried at the door');
/** Suggestion ids a door remembers (ids let in, and found in the story): enough for any story's life. */
const MAX_KNOWN_SUGGESTIONS = 20_000;
/** Edits held until the ones they build on arrive (an honest client's few keystrokes typed while it reconnects). */
const MAX_PENDING_BYTES = 256 * 1024;

let names: { nodes: Set<string>; marks: Set<string> } | undefined;
function schemaNames() {
  if (!names) {
    const schema = getSchema(bodyExtensions);
    names = { nodes: new Set(Object.keys(schema.nodes)), marks: new Set(Object.keys(schema.marks)) };
  }
  return names;
}

type AnyType = Y.AbstractType<unknown>;

/** A block's suggestions attribute, if it has one: on a block that may carry one, suggestion marks in the shape the editor writes. */
function blockSuggestionsInShape(element: Y.XmlElement): boolean {
  const value = element.getAttribute(BLOCK_SUGGESTIONS_ATTR) ?? null;
  return value === null || (SUGGESTABLE_BLOCKS.includes(element.nodeName) && parseBlockSuggestions(value) !== 'invalid');
}

function parentOf(type: AnyType): AnyType | null {
  return (type._item?.parent as AnyType | undefined) ?? null;
}

/** The text of a Y.Text or Y.XmlText is only characters, and marks the schema knows (none in a text field). */
function textProblem(text: Y.Text | Y.XmlText, marksAllowed: boolean): string | null {
  for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof op.insert !== 'string') return 'Only text may be written here.';
    if (nestsDeeperThan(op.attributes, MAX_ATTRIBUTE_DEPTH)) return 'Formatting nested too deeply.';
    for (const mark of Object.keys(op.attributes ?? {})) {
      const name = mark.split('--')[0]!;
      if (!marksAllowed || !schemaNames().marks.has(name)) return `The formatting “${mark.slice(0, 40)}” is not one the editor has.`;
      if (isSuggestionMark(name) && !SUGGESTION_ID.test(String((op.attributes![mark] as { id?: unknown } | null)?.id ?? '')))
        return 'A suggestion must be named by its author and time.';
    }
  }
  return null;
}

/** A proposed headline or subheadline: keyed by a suggestion id, the whole text for one field, within the field's ceiling. */
function fieldSuggestionProblem(map: Y.Map<unknown>, keys: Set<string | null>): string | null {
  if (keys.has(null)) return 'A suggestion holds a value, not a structure.';
  if (map.size > MAX_FIELD_SUGGESTIONS) return `A story may hold at most ${MAX_FIELD_SUGGESTIONS} suggested headlines and subheadlines.`;
  for (const key of keys) {
    if (key === null || !map.has(key)) continue;
    if (!SUGGESTION_ID.test(key)) return 'A suggestion must be named by its author and time.';
    const value = map.get(key);
    if (value instanceof Y.AbstractType || !ZFieldSuggestion.safeParse(value).success) return 'A suggested headline or subheadline is not in shape.';
  }
  return null;
}

/**
 * Keeps a shadow of a live document and answers, for each update a client sends, whether
 * it may enter: only the story's own parts (the body, the text fields, the fields map),
 * each holding what it may (text as text, each field's value in its shape, the body's
 * nodes and marks from the editor's schema, not nested past the limit), no dangling
 * edits, and the whole state within its size. A refused update never reaches the live
 * document; the shadow is rebuilt from it.
 */
export class SharedDocGuard {
  private shadow: Y.Doc;
  private estimate: number;
  private readonly mirror = (update: Uint8Array, origin: unknown) => {
    if (origin !== TRIED) Y.applyUpdate(this.shadow, update, TRIED);
  };

  constructor(
    private readonly live: Y.Doc,
    private readonly limits: GuardLimits = DEFAULT_LIMITS,
  ) {
    this.shadow = this.copyOfLive();
    this.estimate = Y.encodeStateAsUpdate(live).byteLength;
    this.rememberStory();
    live.on('update', this.mirror);
  }

  /**
   * Null when the update may be applied to the live document; otherwise why not. With
   * `authorId` (the person at the socket), the suggestions it writes must be theirs or
   * already in the story.
   */
  check(update: Uint8Array, authorId?: string): Refusal | null {
    // Applying an update can run more than one transaction (Y.Text tidies its formatting in one of its own): all are gathered.
    const changed = new Map<AnyType, Set<string | null>>();
    let before: Map<number, number> | null = null;
    const capture = (transaction: Y.Transaction) => {
      before ??= transaction.beforeState;
      for (const [type, keys] of transaction.changed as Map<AnyType, Set<string | null>>) changed.set(type, new Set([...(changed.get(type) ?? []), ...keys]));
    };
    this.shadow.on('afterTransaction', capture);
    let refusal: Refusal | null = null;
    try {
      Y.applyUpdate(this.shadow, update, TRIED);
      refusal = this.inspect(changed, before ?? new Map());
      // An update may arrive before one it builds on (typed while reconnecting, ahead of the sync): Yjs holds it until then, within bounds.
      if (!refusal && (this.shadow.store.pendingStructs?.update.byteLength ?? 0) > MAX_PENDING_BYTES) {
        refusal = { field: 'document', message: 'Too many edits arrived that build on edits the server has not seen.' };
      }
      if (!refusal && authorId !== undefined) refusal = this.authorProblem(update, authorId, changed.get(this.shadow.getMap(FIELD_SUGGESTIONS_MAP) as AnyType));
      if (!refusal) refusal = this.sizeProblem(update);
    } catch {
      refusal = { field: 'document', message: 'The update could not be read.' };
    } finally {
      this.shadow.off('afterTransaction', capture);
    }
    if (refusal) this.rebuild();
    return refusal;
  }

  dispose() {
    this.live.off('update', this.mirror);
    this.shadow.destroy();
  }

  private copyOfLive() {
    const shadow = new Y.Doc({ gc: this.live.gc });
    // The story's parts, typed before anything arrives, so an update cannot give them another type.
    shadow.getXmlFragment(BODY_FIELD);
    shadow.getMap(FIELDS_MAP);
    shadow.getMap(FIELD_SUGGESTIONS_MAP);
    for (const field of TEXT_FIELDS) shadow.getText(field);
    Y.applyUpdate(shadow, Y.encodeStateAsUpdate(this.live), TRIED);
    return shadow;
  }

  private rebuild() {
    this.shadow.destroy();
    this.shadow = this.copyOfLive();
  }

  /**
   * Suggestions written in someone else's name. An id the story holds passes (Yjs re-states
   * it around text typed next to it, undo brings it back); so does one it held, so a
   * keystroke crossing a decision made at that moment is not refused. The ids in the story
   * when the door opened, and every id let in since, are remembered; the story is read
   * again only for an id not among them.
   */
  private authorProblem(update: Uint8Array, authorId: string, fieldKeys: Set<string | null> | undefined): Refusal | null {
    const body = suggestionIdsWritten(update);
    const keys = [...(fieldKeys ?? [])].filter((key): key is string => key !== null);
    if (!body.size && !keys.length) return null;
    let scanned = false;
    const known = (id: string) => {
      if (this.knownSuggestions.has(id)) return true;
      if (!scanned) this.rememberStory();
      scanned = true;
      return this.knownSuggestions.has(id);
    };
    const problem = suggestionAuthorProblem({ body, fieldKeys: keys }, authorId, known);
    if (!problem) for (const id of body) this.remember(id);
    return problem;
  }

  private readonly knownSuggestions = new Set<string>();
  private remember(id: string) {
    if (this.knownSuggestions.size < MAX_KNOWN_SUGGESTIONS) this.knownSuggestions.add(id);
  }
  private rememberStory() {
    for (const id of suggestionIdsInBody(this.live)) this.remember(id);
  }

  private sizeProblem(update: Uint8Array): Refusal | null {
    this.estimate += update.byteLength;
    if (this.estimate <= this.limits.maxStateBytes) return null;
    // Only near the limit is the real size worked out (it costs the whole document).
    this.estimate = Y.encodeStateAsUpdate(this.shadow).byteLength;
    if (this.estimate <= this.limits.maxStateBytes) return null;
    const megabytes = (this.limits.maxStateBytes / 1024 / 1024).toFixed(0);
    return { field: 'body', message: `The story would be larger than the ${megabytes} MB the desk can store. Shorten it or split it into two stories.` };
  }

  private inspect(changed: Map<AnyType, Set<string | null>>, before: Map<number, number>): Refusal | null {
    const rootNames = new Map<AnyType, string>();
    for (const [name, type] of this.shadow.share) rootNames.set(type as AnyType, name);
    for (const [type, keys] of changed) {
      let root = type;
      let depth = 0;
      for (let parent = parentOf(root); parent; parent = parentOf(root)) {
        root = parent;
        depth++;
      }
      const name = rootNames.get(root);
      if (name === FIELDS_MAP) {
        if (type !== root || keys.has(null)) return { field: 'document', message: 'The fields of a story hold one value each.' };
        const map = root as unknown as Y.Map<unknown>;
        for (const key of keys) {
          if (key === null || !map.has(key)) continue; // a field removed reads as its stored value
          const value = map.get(key);
          const problem = value instanceof Y.AbstractType ? 'A field holds a value, not a structure.' : scalarProblem(key, value);
          if (problem) return { field: key, message: problem };
        }
      } else if (name === FIELD_SUGGESTIONS_MAP) {
        const problem = fieldSuggestionProblem(root as unknown as Y.Map<unknown>, type === root ? keys : new Set([null]));
        if (problem) return { field: 'suggestions', message: problem };
      } else if (name !== undefined && isTextField(name)) {
        const text = root as unknown as Y.Text;
        if (type !== root || [...keys].some((key) => key !== null)) return { field: name, message: 'Only text may be written here.' };
        const problem = textProblem(text, false);
        if (problem) return { field: name, message: problem };
        if (text.length > TEXT_CEILING[name])
          return { field: name, message: `This field can hold at most ${TEXT_CEILING[name].toLocaleString('en')} characters.` };
      } else if (name === BODY_FIELD) {
        const problem = this.bodyProblem(type, depth, before);
        if (problem) return { field: 'body', message: problem };
      } else {
        return { field: 'document', message: `“${(name ?? '?').slice(0, 40)}” is not a part of a story.` };
      }
    }
    return null;
  }

  /**
   * A changed part of the body, and everything added inside it by this update (Yjs reports
   * only the outermost part that existed before), walked without recursion.
   */
  private bodyProblem(changed: AnyType, depth: number, before: Map<number, number>): string | null {
    const isNew = (type: AnyType) => !!type._item && type._item.id.clock >= (before.get(type._item.id.client) ?? 0);
    const stack: { type: AnyType; depth: number; whole: boolean }[] = [{ type: changed, depth, whole: false }];
    while (stack.length) {
      const { type, depth: level, whole } = stack.pop()!;
      if (level > this.limits.maxDepth) return 'The body is nested too deeply.';
      if (type instanceof Y.XmlElement && !schemaNames().nodes.has(type.nodeName)) return `“${type.nodeName.slice(0, 40)}” is not a part the editor has.`;
      if (type instanceof Y.XmlElement && nestsDeeperThan(type.getAttributes(), MAX_ATTRIBUTE_DEPTH))
        return 'A part of the body carries settings nested too deeply.';
      // An embed's address must re-parse through the allowlist to the provider and id it claims.
      if (type instanceof Y.XmlElement && type.nodeName === 'embed' && !embedOfAttrs(type.getAttributes()))
        return 'An embed must be a post, video, map or chart from a provider the newsroom allows.';
      if (type instanceof Y.XmlElement && !blockSuggestionsInShape(type))
        return 'A suggestion on a block must be named by its author and time, in the shape the editor writes.';
      if (type instanceof Y.XmlText) {
        const problem = textProblem(type, true);
        if (problem) return problem;
        continue;
      }
      if (!(type instanceof Y.XmlElement || type instanceof Y.XmlFragment)) return "Only the editor's nodes may be written in the body.";
      for (const child of type.toArray() as unknown[]) {
        if (!(child instanceof Y.AbstractType)) return "Only the editor's nodes may be written in the body.";
        if (whole || isNew(child)) stack.push({ type: child, depth: level + 1, whole: true });
      }
    }
    return null;
  }
}
