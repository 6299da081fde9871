import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The demo desk's people, sections and taxonomy. Passwords are for the demo only. */
export const DEMO_PASSWORD = 'newsroom-demo';

export const DEMO_USERS = [
  { email: 'editor@newsroom.test', name: 'Elena Editor', role: 'EDITOR' },
  { email: 'reviewer@newsroom.test', name: 'Roman Reviewer', role: 'REVIEWER' },
  { email: 'admin@newsroom.test', name: 'Anna Admin', role: 'ADMIN' },
] as const;

export const DEMO_SECTIONS = [
  { name: 'World', slug: 'world' },
  { name: 'Russia', slug: 'russia' },
  { name: 'Politics', slug: 'politics' },
  { name: 'Economy', slug: 'economy' },
  { name: 'Science', slug: 'science' },
  { name: 'Sports', slug: 'sports' },
] as const;

type DemoTag = { kind: 'PERSON' | 'ORGANISATION' | 'PLACE'; name: string; aliases: string[]; description?: string; implies?: string[] };

const POLITICS = 'medtop:11000000';
const DIPLOMACY = 'medtop:20000639';
const ARMED_CONFLICT = 'medtop:20000056';

export const DEMO_TAGS: DemoTag[] = [
  { kind: 'PERSON', name: 'Vladimir Putin', aliases: ['Putin', 'Путин', 'Владимир Путин'], description: 'President of Russia', implies: [POLITICS] },
  {
    kind: 'PERSON',
    name: 'Nikol Pashinyan',
    aliases: ['Pashinyan', 'Пашинян', 'Никол Пашинян'],
    description: 'Prime Minister of Armenia',
    implies: [POLITICS],
  },
  { kind: 'PERSON', name: 'Dmitry Peskov', aliases: ['Peskov', 'Песков', 'Дмитрий Песков'], description: 'Kremlin Spokesman', implies: [POLITICS] },
  { kind: 'PERSON', name: 'Ilham Aliyev', aliases: ['Aliyev', 'Алиев', 'Ильхам Алиев'], description: 'President of Azerbaijan', implies: [POLITICS] },
  { kind: 'ORGANISATION', name: 'Kremlin', aliases: ['Кремль'], implies: [POLITICS, DIPLOMACY] },
  { kind: 'PLACE', name: 'Russia', aliases: ['Russian Federation', 'Россия'] },
  { kind: 'PLACE', name: 'Armenia', aliases: ['Армения'] },
  { kind: 'PLACE', name: 'Azerbaijan', aliases: ['Азербайджан'] },
  { kind: 'PLACE', name: 'Nagorno-Karabakh', aliases: ['Karabakh', 'Нагорный Карабах', 'Карабах'], implies: [ARMED_CONFLICT] },
  { kind: 'PLACE', name: 'Lachin Corridor', aliases: ['Лачинский коридор'], implies: [ARMED_CONFLICT] },
  { kind: 'PLACE', name: 'Syunik', aliases: ['Сюник'] },
  { kind: 'PLACE', name: 'Gegharkunik', aliases: ['Гехаркуник'] },
  { kind: 'PLACE', name: 'Moscow', aliases: ['Москва'] },
];

/** IPTC media topics for the seed story: politics, diplomacy, armed conflict. */
export const SEED_STORY_SUBJECTS = ['medtop:11000000', 'medtop:20000639', 'medtop:20000056'];

export type SeedStory = {
  headline: string;
  subheadline: string;
  paragraphs: string[];
  topicTitle: string;
  topicParagraphs: string[];
};

/**
 * Reads the seed story as its reader page shows it: navigation, headline,
 * subheadline, body paragraphs (the first opens with the dateline), then the
 * background box title and its paragraphs (the last three blocks).
 */
export function readSeedStory(file = path.join(import.meta.dirname, 'tass-putin-pashinyan-2021-07-07.txt')): SeedStory {
  const blocks = readFileSync(file, 'utf8')
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const [nav, headline, subheadline, ...rest] = blocks;
  if (nav !== 'All news' || !headline || !subheadline || rest.length < 4) throw new Error(`Unexpected seed story layout in ${file}`);
  const body = rest.slice(0, -3);
  const [topicTitle, ...topicParagraphs] = rest.slice(-3) as [string, string, string];
  const dateline = 'MOSCOW, July 7. /TASS/. ';
  if (!body[0]?.startsWith(dateline)) throw new Error('The seed story should open with its dateline');
  body[0] = body[0].slice(dateline.length);
  return { headline, subheadline, paragraphs: body, topicTitle, topicParagraphs };
}
