import { describe, expect, it } from 'vitest';
import { renderEntryHtml, type PublicEntry } from './render';

const entry: PublicEntry = {
  id: 'e1',
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Rescuers reached Simav.' }] }] },
  bodyText: 'Rescuers reached Simav.',
  keyEvent: true,
  pinned: true,
  correctionNote: 'The town is <Simav> & not Kütahya.',
  publishedAt: new Date('2026-12-07T11:20:00Z'),
  updatedAt: new Date('2026-12-07T11:25:00Z'),
  author: { name: 'Anna <Smith>' },
};

describe('a live entry for readers', () => {
  it("is labelled in the site's language, its texts escaped", () => {
    const en = renderEntryHtml(entry, 'en');
    expect(en).toMatch(/aria-label="Update at \d{2}:\d{2} [^"]+"/);
    expect(en).toContain('<span class="live-flag">Pinned</span><span class="live-flag">Key event</span>');
    expect(en).toContain('<strong>Correction:</strong> The town is &lt;Simav&gt; &amp; not Kütahya.');
    const ru = renderEntryHtml(entry, 'ru');
    expect(ru).toMatch(/aria-label="Обновление в \d{2}:\d{2} [^"]+"/);
    expect(ru).toContain('<span class="live-flag">Закреплено</span><span class="live-flag">Главное</span>');
    expect(ru).toContain('<strong>Поправка:</strong>');
    expect(ru).toContain('Anna &lt;Smith&gt;');
    expect(renderEntryHtml(entry, 'de')).toContain('Pinned');
  });
});
