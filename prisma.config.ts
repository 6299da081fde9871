import 'dotenv/config';
import { defineConfig } from 'prisma/config';

// `prisma generate` needs no database, so DATABASE_URL may be unset here; the
// migrate commands (where the schema engine is available) read it from the env.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
