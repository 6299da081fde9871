// `npm run migrate`: applies pending migrations to DATABASE_URL.
import 'dotenv/config';
import { migrate } from './lib/migrate.ts';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set. `npm start` starts an embedded PostgreSQL and migrates it for you.');
  process.exit(1);
}
const applied = await migrate(url, console.log);
console.log(applied.length ? `${applied.length} migration(s) applied` : 'database is up to date');
