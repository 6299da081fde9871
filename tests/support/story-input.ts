import { docFromParagraphs } from '@/lib/content/document';
import type { TSaveStory } from '@/lib/stories/validation';

/** A valid save payload; override what a test is about. */
export function storyInput(overrides: Partial<TSaveStory> = {}): TSaveStory {
  return {
    headline: 'Putin, Pashinyan to discuss Nagorno-Karabakh on Wednesday — Kremlin',
    subheadline: 'The talks to become Armenia’s Acting Prime Minister\'s first visit abroad',
    slug: '', datelinePlace: 'Moscow', datelineDate: '2021-07-07', credit: 'TASS', sectionId: null, topicId: null,
    priority: 'ROUTINE', language: 'en', tagIds: [], correctionNote: '',
    body: docFromParagraphs(['"This report is not true," Peskov replied [when asked].']),
    baseVersion: 0,
    ...overrides,
  };
}
