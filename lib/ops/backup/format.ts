/**
 * A newsroom backup is one .tar.gz: `manifest.json`, the database as PostgreSQL COPY
 * text (`db/<schema>.<table>.copy`, one consistent snapshot) and the media store's files
 * (`media/<key>`). See README: Backups for why this format and not a file copy or pg_dump.
 */
export const BACKUP_FORMAT = 'newsroom-backup';
export const BACKUP_VERSION = 1;

/** The schemas a backup holds: the newsroom's and the job queue's (scheduled publications are jobs). */
export const SCHEMAS = ['public', 'graphile_worker'] as const;

/** Bookkeeping the restore rebuilds by running migrations, and rows that mean nothing on another machine. */
export const NOT_RESTORED = new Set(['public._prisma_migrations', 'graphile_worker.migrations', 'public.ProcessHeartbeat']);

export type TableEntry = { schema: string; name: string; columns: string[]; rows: number; file: string };
export type SequenceEntry = { schema: string; name: string; value: string; isCalled: boolean };

export type Manifest = {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** The server's version, for the record (the COPY text format reads into any version). */
  server: string;
  database: string;
  /** Prisma migrations applied to the backed-up database, in order. */
  migrations: string[];
  /** graphile-worker's schema version. */
  jobQueueMigration: number | null;
  tables: TableEntry[];
  sequences: SequenceEntry[];
  media: { store: string; files: number; bytes: number };
};

export const qualified = (schema: string, name: string) => `"${schema.replace(/"/g, '""')}"."${name.replace(/"/g, '""')}"`;
export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A media key as a relative path inside the archive: refuses anything that could climb out of it. */
export function safeMediaKey(key: string): string {
  if (
    !key ||
    key.startsWith('/') ||
    key.includes('\\') ||
    key.split('/').some((part) => part === '..' || part === '.' || part === '') ||
    key.includes('\u0000')
  ) {
    throw new Error(`Unsafe media key in the store: ${JSON.stringify(key)}`);
  }
  return key;
}

/** Reads and checks a manifest; a file that is not a newsroom backup is refused with the reason. */
export function parseManifest(text: string): Manifest {
  const manifest = JSON.parse(text) as Partial<Manifest>;
  if (manifest.format !== BACKUP_FORMAT) throw new Error('This file is not a newsroom backup (its manifest names another format).');
  if (manifest.version !== BACKUP_VERSION) throw new Error(`This backup is format version ${manifest.version}; this newsroom reads version ${BACKUP_VERSION}.`);
  if (!Array.isArray(manifest.tables) || !Array.isArray(manifest.migrations) || !Array.isArray(manifest.sequences))
    throw new Error("The backup's manifest is incomplete.");
  for (const table of manifest.tables) {
    if (!/^db\/[\w.-]+\.copy$/.test(table.file)) throw new Error(`The backup's manifest names an unexpected file: ${table.file}`);
  }
  return manifest as Manifest;
}
