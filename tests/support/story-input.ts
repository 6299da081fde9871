import type { Viewer } from '@/lib/auth/permissions';
import { docFromParagraphs } from '@/lib/content/document';
import { parseInput } from '@/lib/errors';
import { saveStory } from '@/lib/stories/mutations';
import { ZSaveStory, type TSaveStoryInput } from '@/lib/stories/validation';

/** A valid save payload, as the form sends it; override what a test is about. */
export function storyInput(overrides: Partial<TSaveStoryInput> = {}): TSaveStoryInput {
  return {
    headline: 'Putin, Pashinyan to discuss Nagorno-Karabakh on Wednesday — Kremlin',
    subheadline: "The talks to become Armenia’s Acting Prime Minister's first visit abroad",
    slug: '',
    datelinePlace: 'Moscow',
    datelineDate: '2021-07-07',
    credit: 'TASS',
    sectionId: null,
    topicId: null,
    priority: 'ROUTINE',
    language: 'en',
    tagIds: [],
    correctionNote: '',
    body: docFromParagraphs(['"This report is not true," Peskov replied [when asked].']),
    baseVersion: 0,
    ...overrides,
  };
}

/** Saves a payload the way the Server Action does: parsed first (a refusal is an AppError with field errors), then saved. */
export async function saveStoryInput(viewer: Viewer, raw: TSaveStoryInput) {
  return saveStory(viewer, parseInput(ZSaveStory, raw));
}
