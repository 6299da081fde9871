import { describe, expect, it } from 'vitest';
import type { TDocNode } from '@/lib/content/document';
import { diffBodies, type DiffChild } from './body-diff';

const text = (value: string, marks?: TDocNode['marks']): TDocNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const p = (...content: (TDocNode | string)[]): TDocNode => ({ type: 'paragraph', content: content.map((c) => (typeof c === 'string' ? text(c) : c)) });
const doc = (...content: TDocNode[]): TDocNode => ({ type: 'doc', content });
const cell = (value: string, header = false): TDocNode => ({ type: header ? 'tableHeader' : 'tableCell', content: [p(value)] });
const row = (...cells: TDocNode[]): TDocNode => ({ type: 'tableRow', content: cells });
const table = (...rows: TDocNode[]): TDocNode => ({ type: 'table', content: rows });

/** The tree as HTML-ish text, to read in assertions. */
const html = (children: DiffChild[]): string =>
  children
    .map((c) =>
      typeof c === 'string'
        ? c
        : `<${c.tag}${Object.entries(c.attrs)
            .map(([k, v]) => ` ${k}="${v}"`)
            .join('')}>${html(c.children)}</${c.tag}>`,
    )
    .join('');

describe('the rich body diff', () => {
  it('marks a changed number whole, inside the paragraph it belongs to', () => {
    const diff = diffBodies(doc(p('Inflation was 3.4% in May.')), doc(p('Inflation was 3.5% in May.')));
    expect(html(diff.tree)).toBe('<p class="diff-changed">Inflation was <del>3.4%</del><ins>3.5%</ins> in May.</p>');
    expect(diff).toMatchObject({ changed: 1, added: 0, removed: 0 });
  });

  it('keeps bold, italics and links, and shows a change of formatting', () => {
    const before = doc(
      p('The ', text('Kremlin', [{ type: 'link', attrs: { href: 'https://kremlin.ru' } }]), ' said ', text('nothing', [{ type: 'bold' }]), '.'),
    );
    const after = doc(
      p('The ', text('Kremlin', [{ type: 'link', attrs: { href: 'https://kremlin.ru' } }]), ' said ', text('nothing', [{ type: 'italic' }]), ' new.'),
    );
    const out = html(diffBodies(before, after).tree);
    expect(out).toContain('<a href="https://kremlin.ru" rel="noopener noreferrer nofollow">Kremlin</a>');
    expect(out).toContain('<del><strong>nothing</strong></del><ins><em>nothing</em> new</ins>.');
  });

  it('shows added and removed paragraphs whole, and folds long unchanged runs with a count', () => {
    const same = Array.from({ length: 8 }, (_, i) => p(`Unchanged paragraph ${i + 1}.`));
    const diff = diffBodies(doc(p('Lead.'), ...same, p('Old ending.')), doc(p('Lead.'), p('A new second paragraph.'), ...same));
    const out = html(diff.tree);
    expect(out).toContain('<ins class="diff-block diff-added"><p>A new second paragraph.</p></ins>');
    expect(out).toContain('<del class="diff-block diff-removed"><p>Old ending.</p></del>');
    // A paragraph of context either side of a change; the six between folded.
    expect(out).toContain(
      '<p>Unchanged paragraph 1.</p><details class="diff-unchanged"><summary>6 unchanged paragraphs</summary><p>Unchanged paragraph 2.</p>',
    );
    expect(out).toContain('<p>Unchanged paragraph 7.</p></details><p>Unchanged paragraph 8.</p><del class="diff-block diff-removed">');
    expect(diff).toMatchObject({ changed: 0, added: 1, removed: 1 });
  });

  it('compares a table row by row and cell by cell, never as flattened text', () => {
    const before = table(row(cell('Team', true), cell('Points', true)), row(cell('Zenit'), cell('61')), row(cell('Spartak'), cell('54')));
    const after = table(
      row(cell('Team', true), cell('Points', true)),
      row(cell('Zenit'), cell('64')),
      row(cell('Spartak'), cell('54')),
      row(cell('CSKA'), cell('50')),
    );
    const out = html(diffBodies(doc(before), doc(after)).tree);
    expect(out).toContain('<thead><tr><th scope="col">Team</th><th scope="col">Points</th></tr></thead>');
    expect(out).toContain('<td class="diff-changed"><del>61</del><ins>64</ins></td>');
    expect(out).toContain('<tr class="diff-added"><td><ins>CSKA</ins></td><td><ins>50</ins></td></tr>');
    expect(out).not.toContain('|');
  });

  it('shows a replaced picture as the old one removed and the new one added, and a caption change word by word', () => {
    const figure = (src: string, caption: string): TDocNode => ({ type: 'figure', attrs: { src, alt: 'Talks', caption, credit: 'TASS' } });
    const a = '/media/0b5c8a1e-2f4d-4c3b-9a7e-1d2c3b4a5f6e';
    const b = '/media/1b5c8a1e-2f4d-4c3b-9a7e-1d2c3b4a5f6e';
    expect(html(diffBodies(doc(figure(a, 'Talks in Moscow')), doc(figure(a, 'Talks in the Kremlin'))).tree)).toContain(
      '<figcaption>Talks in <del>Moscow</del><ins>the Kremlin</ins> Photo: TASS</figcaption>',
    );
    const replaced = html(diffBodies(doc(figure(a, 'x')), doc(figure(b, 'x'))).tree);
    expect(replaced).toContain(`<del class="diff-block diff-removed"><figure><img src="${a}"`);
    expect(replaced).toContain(`<ins class="diff-block diff-added"><figure><img src="${b}"`);
  });

  it('draws nothing the renderer would not: a javascript: link loses its link, never its text', () => {
    const out = html(diffBodies(doc(p('x')), doc(p(text('click', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])))).tree);
    expect(out).not.toContain('javascript:');
    expect(out).toContain('click');
  });

  it('compares list items inside a list', () => {
    const list = (...items: string[]): TDocNode => ({ type: 'bulletList', content: items.map((i) => ({ type: 'listItem', content: [p(i)] })) });
    const out = html(diffBodies(doc(list('One', 'Two')), doc(list('One', 'Two and a half', 'Three'))).tree);
    expect(out).toBe(
      '<ul><li><p>One</p></li><li><p class="diff-changed">Two<ins> and a half</ins></p></li><li class="diff-added"><ins><p>Three</p></ins></li></ul>',
    );
  });

  it('shows an embed added, removed or pointed elsewhere, as a link to its post', () => {
    const embed = (url: string, id: string, caption = ''): TDocNode => ({ type: 'embed', attrs: { provider: 'youtube', id, url, caption } });
    const first = embed('https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'dQw4w9WgXcQ', 'Talks');
    const added = diffBodies(doc(p('Talks began.')), doc(p('Talks began.'), first));
    expect(html(added.tree)).toContain(
      '<ins class="diff-block diff-added"><p><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener noreferrer nofollow">YouTube: Talks</a></p></ins>',
    );
    expect(added).toMatchObject({ added: 1, removed: 0 });
    const removed = diffBodies(doc(p('Talks began.'), first), doc(p('Talks began.')));
    expect(removed).toMatchObject({ added: 0, removed: 1 });
    expect(html(removed.tree)).toContain('<del class="diff-block diff-removed"><p><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"');
    const moved = html(diffBodies(doc(first), doc(embed('https://www.youtube.com/watch?v=aaaaaaaaaaa', 'aaaaaaaaaaa', 'Talks'))).tree);
    expect(moved).toMatch(/<del[^>]*>.*watch\?v=dQw4w9WgXcQ.*<\/del><ins[^>]*>.*watch\?v=aaaaaaaaaaa.*<\/ins>/);
  });
});
