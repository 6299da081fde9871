/**
 * A machine translation service, behind which any vendor may sit: an adapter implements
 * this and is registered at start-up (`registerTranslationEngine`, from
 * `instrumentation.ts`), and from then on Translate starts each translation from the
 * engine's draft instead of an empty story. One adapter ships: LibreTranslate
 * (`libretranslate.ts`, on when NEWSROOM_LIBRETRANSLATE_URL is set).
 */
export interface TranslationEngine {
  /** Named in the translation's history ("machine draft by …"). */
  readonly name: string;
  /**
   * The texts translated from `from` into `into` (BCP 47 codes), one result per text in
   * the same order. `signal` aborts when the newsroom stops waiting.
   */
  translate(texts: readonly string[], from: string, into: string, signal: AbortSignal): Promise<readonly string[]>;
}

// Registered from instrumentation.ts, whose bundle has its own copy of this module; the
// Server Actions that translate read it from theirs: the two meet on globalThis.
const shared = globalThis as { __newsroomTranslationEngine?: TranslationEngine | null };

/** Enables machine drafts for every translation made in this process (null turns them off). */
export function registerTranslationEngine(engine: TranslationEngine | null): void {
  shared.__newsroomTranslationEngine = engine;
}

/** The engine Translate drafts with, or null when the newsroom has none. */
export function translationEngine(): TranslationEngine | null {
  return shared.__newsroomTranslationEngine ?? null;
}
