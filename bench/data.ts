// `npm run bench:data -- --stories 1000000 [--tags 50000]`: a database of realistic
// stories for the benchmarks. Uses DATABASE_URL (which must be migrated and empty of
// stories), or an embedded PostgreSQL under .data/bench-scale with one database per size.
import path from 'node:path';
import { startEmbeddedPostgres } from '../scripts/lib/embedded-postgres';
import { ensureDatabase, migrate, migrateJobQueue } from '../scripts/lib/migrate';
import { fillScaleData } from './lib/scale-data';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const stories = arg('stories', 100_000);
const tags = arg('tags', 50_000);

let databaseUrl = process.env.DATABASE_URL;
let stop = async () => {};
if (!databaseUrl) {
  const postgres = await startEmbeddedPostgres({ dataDir: path.resolve(import.meta.dirname, '../.data/bench-scale/pg') });
  await ensureDatabase(postgres.adminUrl, `newsroom_scale_${stories}`, { fresh: true });
  databaseUrl = postgres.urlFor(`newsroom_scale_${stories}`);
  stop = () => postgres.stop();
}
process.env.DATABASE_URL = databaseUrl;
await migrate(databaseUrl);
await migrateJobQueue(databaseUrl);
await fillScaleData(databaseUrl, { stories, tags });
console.log(`filled ${databaseUrl.replace(/\/\/[^@]*@/, '//')}`);
await stop();
