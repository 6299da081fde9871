// `npm run taxonomy:import [-- file.tsv]`: loads or updates the IPTC Media Topics
// (subject tags) from the vocabulary file shipped in prisma/data, or the one given.
import 'dotenv/config';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { prisma } from '@/lib/db';
import { parseMediaTopics } from '@/lib/tags/iptc';
import { importMediaTopics } from '@/lib/tags/import-media-topics';

const file = process.argv[2] ?? path.resolve(import.meta.dirname, '../prisma/data/mediatopic-en-GB.tsv');
const topics = parseMediaTopics(readFileSync(file, 'utf8'));
const summary = await importMediaTopics(topics);
console.log(`${topics.length} media topics in ${path.basename(file)}: ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged`);
await prisma.$disconnect();
