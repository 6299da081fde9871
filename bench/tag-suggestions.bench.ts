// The tag matcher at newsroom scale: a 1,000-word story against 50,000 tags (about
// 100,000 names and aliases in Latin and Cyrillic). Pure CPU: no database.
import { performance } from 'node:perf_hooks';
import { TagMatcher } from '@/lib/tags/matcher';
import { readSeedStory, DEMO_TAGS } from '../prisma/seed/demo-content';
import { percentile, record, summarize, table } from './lib/report';

const TAGS = Number(process.env.BENCH_TAGS ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

const syllables = ['ka', 'ro', 'mi', 'vel', 'ta', 'shin', 'or', 'de', 'lan', 'ko', 'va', 'pet', 'ru', 'an', 'zet'];
const cyr = ['ка', 'ро', 'ми', 'вел', 'та', 'шин', 'ор', 'де', 'лан', 'ко', 'ва', 'пет', 'ру', 'ан', 'зет'];
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const word = (parts: string[], n: number) => Array.from({ length: n }, () => parts[Math.floor(random() * parts.length)]).join('');
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const tags = [
  ...DEMO_TAGS.map((t) => ({ id: t.name, names: [t.name, ...t.aliases] })),
  ...Array.from({ length: TAGS - DEMO_TAGS.length }, (_, i) => ({
    id: `t${i}`,
    names: [`${capital(word(syllables, 2))} ${capital(word(syllables, 3))}${i}`, capital(word(cyr, 3)) + i],
  })),
];
const story = readSeedStory();
const base = [story.headline, story.subheadline, ...story.paragraphs, ...story.topicParagraphs].join(' ');
const words = base.split(/\s+/);
const text = Array.from({ length: Math.ceil(1000 / words.length) }, () => base)
  .join(' ')
  .split(/\s+/)
  .slice(0, 1000)
  .join(' ');

const buildStart = performance.now();
const matcher = new TagMatcher(tags);
const buildMs = performance.now() - buildStart;

const times: number[] = [];
let hits = 0;
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  hits = matcher.find(text).length;
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const rows = [
  {
    tags: tags.length,
    patterns: matcher.patternCount,
    'story words': text.split(/\s+/).length,
    'build (ms)': buildMs,
    'match p50 (ms)': percentile(times, 50),
    'match p95 (ms)': percentile(times, 95),
    hits: hits,
    'heap (MiB)': process.memoryUsage().heapUsed / 2 ** 20,
  },
];
const markdown = table(rows);
console.log(markdown);
if (process.env.BENCH_RECORD !== 'false') record('Tag suggestions: matcher', markdown);
summarize('tag suggestions, 1,000-word story, 50,000 tags: p95', `${percentile(times, 95).toFixed(1)} ms`, '—', null);
