import { describe, expect, it } from 'vitest';
import { parseSourceList, sourceForItem } from '@/lib/apikeys/sources';

describe('the source an ingest key files copy under', () => {
  it('reads the sources an admin types: trimmed, one per comma or line, repeats once', () => {
    expect(parseSourceList(' dpa ,AFP\nafp,, Deutsche  Presse-Agentur ')).toEqual(['dpa', 'AFP', 'Deutsche Presse-Agentur']);
    expect(parseSourceList('  ')).toEqual([]);
  });

  it('a key without sources files everything under its own name, whatever the document declares', () => {
    expect(sourceForItem({ name: 'Partner feed', sources: [] }, 'Reuters')).toEqual({ source: 'Partner feed' });
    expect(sourceForItem({ name: 'Partner feed', sources: [] }, '')).toEqual({ source: 'Partner feed' });
  });

  it('a key with sources files under the one the document names (in any case), the first when it names none, and refuses others', () => {
    const writer = { name: 'Wires', sources: ['AFP', 'dpa'] };
    expect(sourceForItem(writer, 'DPA')).toEqual({ source: 'dpa' });
    expect(sourceForItem(writer, '')).toEqual({ source: 'AFP' });
    expect(sourceForItem(writer, 'Reuters')).toEqual({ refused: 'This key may send copy only for AFP, dpa; this item names Reuters.' });
  });
});
