#!/usr/bin/env bash
# Prints the SQL that takes the database from the schema at a git revision to the
# working tree's prisma/schema.prisma, using Prisma 6's WASM differ (Prisma 7's
# differ is a native binary that cannot be downloaded here). Usage:
#   bash scripts/migration-diff.sh [REV=HEAD] > prisma/migrations/<timestamp>_<name>/migration.sql
# Needs a scratch Prisma 6 (PRISMA6_DIR, default /tmp/prisma6) and any reachable
# PostgreSQL for the adapter to open (PRISMA6_DATABASE_URL): nothing is written to it.
set -euo pipefail
rev="${1:-HEAD}"
dir="${PRISMA6_DIR:-/tmp/prisma6}"
url="${PRISMA6_DATABASE_URL:?set PRISMA6_DATABASE_URL to any reachable PostgreSQL}"
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -x "$dir/node_modules/.bin/prisma" ]; then
  mkdir -p "$dir" && (cd "$dir" && npm init -y >/dev/null && npm install --ignore-scripts prisma@6.19.3 @prisma/adapter-pg@6.19.3 pg >/dev/null)
fi
to_v6() { sed 's|provider = "postgresql"|provider = "postgresql"\n  url      = env("DATABASE_URL")|; s|provider = "prisma-client"|provider = "prisma-client-js"|; /output   =/d'; }
git -C "$root" show "$rev:prisma/schema.prisma" | to_v6 > "$dir/from.prisma"
to_v6 < "$root/prisma/schema.prisma" > "$dir/to.prisma"
cat > "$dir/prisma.config.ts" <<TS
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';
export default defineConfig({ experimental: { adapter: true }, engine: 'js', schema: 'to.prisma',
  adapter: async () => new PrismaPg({ connectionString: '$url' }) } as any);
TS
cd "$dir"
DATABASE_URL="$url" PRISMA_QUERY_ENGINE_LIBRARY=/bin/false PRISMA_SCHEMA_ENGINE_BINARY=/bin/false \
  npx prisma migrate diff --from-schema-datamodel from.prisma --to-schema-datamodel to.prisma --script 2>/dev/null \
  | grep -v '^Loaded Prisma config'
