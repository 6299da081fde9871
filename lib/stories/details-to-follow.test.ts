import { describe, expect, it } from 'vitest';
import { docFromParagraphs, emptyDoc } from '@/lib/content/document';
import { renderBodyHtml } from '@/lib/content/render-html';
import { bodyForReaders, isBodyEmpty } from './details-to-follow';

describe('a bare FLASH for readers', () => {
  it('puts the agency’s line after the dateline when the body has nothing to read', () => {
    const html = renderBodyHtml(bodyForReaders(emptyDoc(), 'en'), { dateline: 'MINSK, July 7. /TASS/.' });
    expect(html).toBe('<p><span class="dateline">MINSK, July 7. /TASS/.</span> Details to follow.</p>');
    expect(renderBodyHtml(bodyForReaders(docFromParagraphs(['  ', '']), 'ru-RU'))).toBe('<p>Подробности позже.</p>');
  });

  it('leaves a body with words, a picture or a table as it is', () => {
    expect(isBodyEmpty(docFromParagraphs(['Two explosions were heard.']))).toBe(false);
    expect(isBodyEmpty({ type: 'doc', content: [{ type: 'figure', attrs: { src: '/media/0b5c8a1e-2f4d-4c3b-9a7e-1d2c3b4a5f6e', alt: 'x' } }] })).toBe(false);
    const doc = docFromParagraphs(['Words.']);
    expect(bodyForReaders(doc, 'en')).toBe(doc);
  });
});
