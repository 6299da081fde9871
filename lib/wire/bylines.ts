// A byline names the people who wrote a story. Agencies also put their own name there
// ("Von dpa", "By The Associated Press", "Reuters, MAR 04"): that is a credit, not a
// person, whatever the language.
import { BYLINE_NAME_MAX, bylinesFromText, freeName, MAX_BYLINES, roleOf, type Byline } from '@/lib/bylines/byline';
import { splitDateline } from './datelines';

/** The word that opens a byline, in the languages agencies write in. */
export const BYLINE_PREFIX = /^(?:by|von|par|av|от|por|di|door|af|przez|від|af:)\s+/i;

/** Agency names that look like operator codes but are a fine credit. */
const SHORT_AGENCIES = [
  'AP',
  'AFP',
  'TT',
  'NTB',
  'STT',
  'DPA',
  'EFE',
  'AAP',
  'PA',
  'TASS',
  'ANSA',
  'RIA',
  'ANP',
  'APA',
  'SDA',
  'CTK',
  'ČTK',
  'PAP',
  'BTA',
  'MTI',
  'UPI',
  'KNA',
  'EPD',
  'IANS',
  'PTI',
  'CNA',
  'AA',
  'ATS',
  'CP',
  'AGI',
  'DHA',
  'IHA',
  'KUNA',
  'WAM',
  'SPA',
  'MENA',
  'QNA',
  'IRNA',
  'ISNA',
  'UNB',
  'BSS',
  'APP',
  'TAP',
  'MAP',
  'APS',
  'PNA',
  'VNA',
  'KCNA',
  'NAN',
  'SANA',
  'DPA-AFX',
  'AP-NORC',
  'SID',
  'HINA',
  'FENA',
  'MINA',
  'LETA',
  'ELTA',
  'BNS',
  'STA',
];
/** Agency names in full, and the words for "agencies" that stand for them. */
const AGENCY_NAMES = [
  'associated press',
  'the associated press',
  'agence france-presse',
  'agence france presse',
  'reuters',
  'thomson reuters',
  'deutsche presse-agentur',
  'dpa',
  'xinhua',
  'xinhua news agency',
  'kyodo',
  'kyodo news',
  'yonhap',
  'jiji',
  'jiji press',
  'interfax',
  'ria novosti',
  'tass',
  'itar-tass',
  'anadolu',
  'anadolu agency',
  'bloomberg',
  'bloomberg news',
  'dow jones',
  'press association',
  'pa media',
  'the canadian press',
  'canadian press',
  'australian associated press',
  'new zealand press association',
  'press trust of india',
  'agencia efe',
  'efe',
  'europa press',
  'lusa',
  'agência lusa',
  'ansa',
  'adnkronos',
  'agenzia nova',
  'belga',
  'keystone-sda',
  'keystone-ats',
  'ritzau',
  'nordic news',
  'tt nyhetsbyrån',
  'norsk telegrambyrå',
  'suomen tietotoimisto',
  'agerpres',
  'tanjug',
  'hina',
  'notimex',
  'prensa latina',
  'télam',
  'telam',
  'agência brasil',
  'agencia brasil',
  'bernama',
  'antara',
  'xinhua net',
  'the sports network',
  'sports network',
  'globe newswire',
  'business wire',
  'pr newswire',
  'agencies',
  'news agencies',
  'wires',
  'wire services',
  'agencias',
  'agências',
  'agenzie',
  'agenturen',
  'agences',
  'agencje',
  'агентства',
  'staff and agencies',
  'reuters and ap',
  'ap and reuters',
  'тасс',
  'итар-тасс',
  'риа новости',
  'интерфакс',
  'прайм',
  'укринформ',
  'белта',
  'казинформ',
  'синьхуа',
];
const AGENCIES = new Set([...SHORT_AGENCIES.map((a) => a.toLowerCase()), ...AGENCY_NAMES]);
const CONNECTORS = /\s*(?:\/|,|;|&|\+|\band\b|\bund\b|\bet\b|\be\b|\by\b|\bog\b|\boch\b|\bja\b|\bi\b|\bи\b)\s*/i;

/**
 * Where a byline was written. An agency's byline field is filled by its systems, where a short
 * run of capitals is an operator's code; a feed's author is written for its readers, where it
 * is an organisation ("FDA", "NASA") or a writer's initials.
 */
export type BylineOrigin = 'agency' | 'feed';

/** A byline a reader can use: the "By" word gone; a login (`first.last`), an operator code (`ABC-DEF`, not in a feed) or an address is no byline. */
export function cleanByline(raw: string, origin: BylineOrigin = 'agency'): string {
  let value = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(BYLINE_PREFIX, '')
    .replace(/[,;]\s*$/, '')
    .trim();
  // RSS's "address (Name)": the name.
  value = /^[\w.+-]+@[\w.-]+\s*\((.+)\)$/.exec(value)?.[1]?.trim() ?? value;
  if (!value) return '';
  if (/^[\w.+-]+@[\w-]+\.[\w.]+$/.test(value)) return '';
  // A system's account or a placeholder names nobody ("ADMIN", "Webmaster", "TEST", "unknown").
  if (ROLE_ACCOUNTS.has(value.toLowerCase())) return '';
  // A login: lower case without spaces (`tsafos`, `first.last`).
  if (!/\s/.test(value) && value === value.toLowerCase() && /^[\p{Ll}\d._/-]+$/u.test(value) && !AGENCIES.has(value)) return '';
  // An operator code: capitals without spaces, short or in groups (`VRG`, `ABC-DEF`).
  if (origin === 'agency' && /^[A-Z]{2,4}$/.test(value) && !AGENCIES.has(value.toLowerCase())) return '';
  if (/^[A-Z0-9]{2,8}(?:[-/_][A-Z0-9]{2,8})+$/.test(value) && !AGENCIES.has(value.toLowerCase()) && !value.split(/[-/_]/).every(isAgencyName)) return '';
  return value;
}

const ROLE_ACCOUNTS = new Set([
  'admin',
  'administrator',
  'webmaster',
  'root',
  'user',
  'test',
  'guest',
  'editor',
  'staff',
  'none',
  'null',
  'unknown',
  'anonymous',
]);

/** Whether a name is a news agency's (or the word for "agencies"), not a person's. */
export function isAgencyName(name: string): boolean {
  const key = name.replace(/\s+/g, ' ').trim().toLowerCase();
  return AGENCIES.has(key) || AGENCIES.has(key.replace(/^the /, ''));
}

/**
 * A byline into the people it names and the agency it credits instead: "Von dpa" →
 * credit dpa, "By AP" → credit AP, "Reuters, MAR 04" → credit Reuters, "dpa/AFP" →
 * credit dpa/AFP; a byline naming a person stays a byline ("Anna Schmidt, dpa").
 */
export function splitByline(raw: string, origin: BylineOrigin = 'agency'): { byline: string; credit: string } {
  const byline = cleanByline(raw, origin);
  if (!byline) return { byline: '', credit: '' };
  // A date the wire appended ("Reuters, MAR 04") is no part of either.
  const named = (/\d/.test(byline) && splitDateline(byline).place) || byline;
  const parts = named
    .split(CONNECTORS)
    .map((p) => p.trim())
    .filter(Boolean);
  // Agencies joined by hyphens too ("NTB-AFP-DPA"), though a hyphen inside one agency's name stays ("dpa-AFX").
  const hyphened = named.split('-').map((p) => p.trim());
  if (isAgencyName(named) || (parts.length && parts.every(isAgencyName)) || (hyphened.length > 1 && hyphened.every(isAgencyName)))
    return { byline: '', credit: named.replace(/[,;\s]+$/, '') };
  return { byline, credit: '' };
}

/**
 * The story's byline from an item: the people it names with their roles (ninjs
 * `bylines[]`, NewsML-G2 `creator`/`contributor`, kept in the item's meta), each a free
 * name; a creator without a role is a writer, a contributor whose role the byline does
 * not know is left out. An item with none gives its byline line's people, writers.
 * Agencies and logins are never people.
 */
export function bylinesOfItem(byline: string, contributors: unknown): Byline[] {
  const seen = new Set<string>();
  const people = (Array.isArray(contributors) ? contributors : [])
    .flatMap((entry): Byline[] => {
      if (!entry || typeof entry !== 'object') return [];
      const { name, role, contributor } = entry as Record<string, unknown>;
      const clean = typeof name === 'string' ? cleanByline(name).slice(0, BYLINE_NAME_MAX).trim() : '';
      if (!clean || isAgencyName(clean)) return [];
      const mapped = roleOf(typeof role === 'string' ? role : '') ?? (contributor === true ? null : 'writer');
      const key = `${mapped}\u0000${clean.toLowerCase()}`;
      if (!mapped || seen.has(key)) return [];
      seen.add(key);
      return [freeName(clean, mapped)];
    })
    .slice(0, MAX_BYLINES);
  return people.length ? people : bylinesFromText(cleanByline(byline));
}
