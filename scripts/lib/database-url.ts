import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * For command-line tools: DATABASE_URL, or the embedded database of a running
 * `npm start` (it writes its URL under the data directory).
 */
export function applyDatabaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const file = path.resolve(import.meta.dirname, '../..', process.env.NEWSROOM_DATA_DIR ?? '.data', 'database-url');
  if (!existsSync(file)) throw new Error('Set DATABASE_URL, or start the newsroom (npm start) so its embedded database is running.');
  process.env.DATABASE_URL = readFileSync(file, 'utf8').trim();
  return process.env.DATABASE_URL;
}
