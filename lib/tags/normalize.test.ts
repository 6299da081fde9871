import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalize';

describe('tag name normalisation', () => {
  it.each([
    ['Vladimir  Putin', 'vladimir putin'],
    ['Ilham Äliyev', 'ilham aliyev'],
    ['Путин', 'путин'],
    ['Ёлкин', 'елкин'],
    ['Armenia’s', "armenia's"],
  ])('%s → %s', (input, expected) => expect(normalizeName(input)).toBe(expected));
});
