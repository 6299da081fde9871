import type { WireSubject } from './types';

const MEDIATOPIC_URI = /newscodes\/mediatopic\/(\d{8})/;
const SUBJECTCODE_URI = /newscodes\/subjectcode\/(\d{8})/;

/**
 * An agency's subject code as the vocabulary knows it. A code that names its scheme
 * (`medtop:`, `subj:`, the IPTC URIs) keeps it, top-level Media Topics such as
 * medtop:11000000 included; under any other alias (`sttsubj:`, `TT:`, `iptc:`, a bare
 * number) eight-digit codes beginning with 20 are Media Topics and the others Subject
 * Codes. Anything else is kept as a literal.
 */
export function subjectOfCode(code: string, name: string, uri = ''): WireSubject | null {
  const value = code.trim();
  const named = MEDIATOPIC_URI.exec(uri)
    ? 'medtop'
    : SUBJECTCODE_URI.exec(uri)
      ? 'subj'
      : /^medtop:/i.test(value)
        ? 'medtop'
        : /^subj:/i.test(value)
          ? 'subj'
          : null;
  const digits = MEDIATOPIC_URI.exec(uri)?.[1] ?? SUBJECTCODE_URI.exec(uri)?.[1] ?? /^(?:[a-z][\w-]*:)?(\d{8})$/i.exec(value)?.[1];
  if (digits) return { scheme: named ?? (digits.startsWith('20') ? 'medtop' : 'subj'), code: digits, name };
  if (!name && !code && !uri) return null;
  return { scheme: 'other', code: code || uri || name, name: name || code || uri };
}

/** Concept types that name places and organisations beyond the IPTC ones (Reuters, sports feeds). */
export function kindOfConceptType(type: string): 'PERSON' | 'ORGANISATION' | 'PLACE' | null {
  const value = type.toLowerCase();
  if (/^cpnat:person$|:person$/.test(value)) return 'PERSON';
  if (/^cpnat:(organisation|organization)$|team|league|club|federation|company|organi[sz]ation/.test(value)) return 'ORGANISATION';
  if (/^cpnat:(geoarea|poi)$|^cpttype:5$|geoarea|location|place|country|city/.test(value)) return 'PLACE';
  return null;
}
