import { describe, expect, it } from 'vitest';
import { bylineGroups, bylinesFromText, formatByline, readBylines, roleOf, ZBylines, ZBylineWith, type Byline } from './byline';

const anna: Byline = { kind: 'contributor', id: 'c1', name: 'Anna Petrova', role: 'writer' };
const ivan: Byline = { kind: 'user', id: 'u1', name: 'Ivan Sidorov', role: 'writer' };
const olga: Byline = { kind: 'name', id: '', name: 'Olga Ivanova', role: 'photographer' };
const petr: Byline = { kind: 'name', id: '', name: 'Petr Orlov', role: 'translator' };

describe('the byline', () => {
  it('reads "By" and the writers first, then each other role with its lead', () => {
    expect(formatByline([olga, anna, ivan])).toBe('By Anna Petrova, Ivan Sidorov. Photos: Olga Ivanova');
    expect(formatByline([petr, { ...olga, role: 'reporter' }, { ...ivan, role: 'editor' }])).toBe(
      'Reporting: Olga Ivanova. Translated by Petr Orlov. Edited by Ivan Sidorov',
    );
    expect(formatByline([])).toBe('');
  });

  it("links each name its page gives and keeps the list's order within a role", () => {
    const groups = bylineGroups([ivan, anna, olga], (entry) => (entry.kind === 'contributor' ? `/contributors/${entry.id}` : null));
    expect(groups).toEqual([
      {
        role: 'writer',
        lead: 'By',
        names: [
          { name: 'Ivan Sidorov', href: null },
          { name: 'Anna Petrova', href: '/contributors/c1' },
        ],
      },
      { role: 'photographer', lead: 'Photos:', names: [{ name: 'Olga Ivanova', href: null }] },
    ]);
  });

  it('stores names normalised and refuses what a byline cannot be', () => {
    expect(ZBylines.parse([{ ...anna, name: '  Anna\u0007 Petrova\n' }])).toEqual([{ ...anna, name: 'Anna Petrova' }]);
    const problems = (value: unknown) => ZBylines.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];
    expect(problems([{ ...olga, name: '   ' }])).toEqual(['Give each contributor a name, or remove the empty one.']);
    expect(problems([anna, anna])).toEqual(['A contributor is listed twice in the same role.']);
    expect(problems([anna, { ...anna, role: 'photographer' }])).toEqual([]);
    expect(problems([{ ...olga, name: 'x'.repeat(121) }])).toEqual(['Keep each name to 120 characters.']);
    expect(problems([{ ...olga, id: 'x' }])).toEqual(['A free name has no id; a user or contributor has one.']);
    expect(problems([{ ...olga, role: 'author' }])).toEqual(['Choose a role.']);
    expect(problems(Array.from({ length: 21 }, (_, i) => ({ ...olga, name: `N${i}` })))).toEqual(['Use at most 20 contributors.']);
    expect(ZBylineWith.parse(' With reporting by\nIvan  ')).toBe('With reporting by Ivan');
    expect(ZBylineWith.safeParse('x\u0000').success).toBe(false);
  });

  it('reads a stored list defensively: anything not in shape is left out', () => {
    expect(readBylines(null)).toEqual([]);
    expect(readBylines('Anna')).toEqual([]);
    expect(readBylines([anna, { name: 'x' }, { ...olga, name: ' ' }, 7, olga])).toEqual([anna, olga]);
  });

  it('turns an agency byline into free names, writers, each once', () => {
    expect(bylinesFromText('Anna Petrova and Ivan Sidorov, Olga Ivanova; anna petrova')).toEqual([
      { kind: 'name', id: '', name: 'Anna Petrova', role: 'writer' },
      { kind: 'name', id: '', name: 'Ivan Sidorov', role: 'writer' },
      { kind: 'name', id: '', name: 'Olga Ivanova', role: 'writer' },
    ]);
    expect(bylinesFromText('')).toEqual([]);
    expect(bylinesFromText('Jane Doe', 'photographer')).toEqual([{ kind: 'name', id: '', name: 'Jane Doe', role: 'photographer' }]);
  });

  it('understands the roles agencies name', () => {
    expect(['crol:photographer', 'AP Photographer', 'cRole:phot', 'Photos'].map(roleOf)).toEqual([
      'photographer',
      'photographer',
      'photographer',
      'photographer',
    ]);
    expect(['AP Entertainment Writer', 'author', 'crol:writer', 'Columnist'].map(roleOf)).toEqual(['writer', 'writer', 'writer', 'writer']);
    expect(['crol:reporter', 'Correspondent', 'ctrol:translator', 'ctrol:editor'].map(roleOf)).toEqual(['reporter', 'reporter', 'translator', 'editor']);
    expect(['', 'cRole:source', 'ctrol:supplier', 'cRole:capWriter', null].map(roleOf)).toEqual([null, null, null, null, null]);
  });
});
