import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { hashPassword } from '@/lib/auth/password';
import { readSeedStory, DEMO_SECTIONS } from '../../prisma/seed/demo-content';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RUSSIAN = `президент правительство министр заявил сообщил пресс-секретарь Кремль Москва переговоры встреча соглашение
  экономика бюджет рубль инфляция банк ставка рынок нефть газ экспорт импорт санкции компания производство рост снижение
  выборы парламент депутаты закон проект решение суд расследование полиция безопасность граница армия учения
  регион область город жители строительство дорога мост школа больница врачи здоровье вакцина наука исследование
  спорт матч команда чемпионат победа турнир сборная игрок тренер сезон культура театр фестиваль фильм выставка музей
  понедельник вторник среду четверг пятницу субботу воскресенье неделе году месяце января февраля марта апреля мая
  июня июля августа сентября октября ноября декабря сегодня вчера завтра также однако отметил подчеркнул добавил по словам
  в на по с из для о при после до между около более менее не только также уже еще всего время работа вопрос ситуация`
  .split(/\s+/)
  .filter(Boolean);

function englishWords(): string[] {
  const seed = readSeedStory();
  const text = [seed.headline, seed.subheadline, ...seed.paragraphs, ...seed.topicParagraphs].join(' ');
  const extra = `economy budget market inflation bank rate oil gas exports sanctions company production growth election parliament
    law court police security border army region city residents construction school hospital science research sport match team
    championship victory festival film exhibition museum Monday Tuesday Wednesday Thursday Friday week year said told reporters
    officials according statement announced agreement talks meeting minister government president ministry spokesman`.split(/\s+/);
  return [...new Set([...text.split(/[^\p{L}\p{N}'-]+/u).filter((w) => w.length > 1), ...extra.filter(Boolean)])];
}

const SYLLABLES = ['ka', 'ro', 'mi', 'vel', 'ta', 'shin', 'or', 'de', 'lan', 'ko', 'va', 'pet', 'ru', 'an', 'zet', 'bor', 'lis', 'gar'];
const CYRILLIC = ['ка', 'ро', 'ми', 'вел', 'та', 'шин', 'ор', 'де', 'лан', 'ко', 'ва', 'пет', 'ру', 'ан', 'зет', 'бор', 'лис', 'гар'];

type Progress = (line: string) => void;

async function dropIndexes(client: Client, tables: string[]) {
  const { rows } = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
     WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [tables],
  );
  for (const row of rows) await client.query(`DROP INDEX "${row.indexname}"`);
  return rows.map((r) => r.indexdef);
}

/**
 * Fills a migrated database with `stories` realistic stories for benchmarks: the IPTC
 * vocabulary plus `tags` people/organisation/place tags, 50 authors, stories over ten
 * years in English and Russian with wire-length bodies (3–12 paragraphs), a spread of
 * statuses, 2–8 tags each, publications for the published ones, each Russian story
 * linked as the translation of an English one. Generated inside
 * PostgreSQL in batches (INSERT … SELECT), with secondary indexes dropped during the
 * load and rebuilt after: a million stories load in minutes.
 */
export async function fillScaleData(databaseUrl: string, options: { stories: number; tags: number; batch?: number }, progress: Progress = console.log) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const started = Date.now();
    const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
    await client.query(`SET maintenance_work_mem = '512MB'`);
    const passwordHash = await hashPassword('bench-password-not-for-use');
    await client.query(
      `INSERT INTO "User" (id, email, name, role, "passwordHash", active, "createdAt", "updatedAt")
      SELECT 'bu' || n, 'author' || n || '@bench.test', 'Bench Author ' || n, (CASE WHEN n <= 10 THEN 'REVIEWER' ELSE 'EDITOR' END)::"Role", $1, true, now(), now()
      FROM generate_series(1, 50) n ON CONFLICT DO NOTHING`,
      [passwordHash],
    );
    for (const [position, section] of DEMO_SECTIONS.entries()) {
      await client.query(`INSERT INTO "Section" (id, name, slug, position) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [
        `bsec-${section.slug}`,
        section.name,
        section.slug,
        position,
      ]);
    }
    const { parseMediaTopics } = await import('@/lib/tags/iptc');
    const topics = parseMediaTopics(readFileSync(path.join(ROOT, 'prisma/data/mediatopic-en-GB.tsv'), 'utf8'));
    await client.query(
      `INSERT INTO "Tag" (id, kind, name, "normalizedName", slug, code, "createdAt", "updatedAt")
      SELECT 'bst' || ord, 'SUBJECT', label, lower(label) || ' (' || qcode || ')', 'subject-' || ord, qcode, now(), now()
      FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(qcode, label, ord) ON CONFLICT DO NOTHING`,
      [topics.map((t) => t.qcode), topics.map((t) => t.label)],
    );
    await client.query(
      `INSERT INTO "Tag" (id, kind, name, "normalizedName", slug, "createdAt", "updatedAt")
      SELECT 'bt' || n, (ARRAY['PERSON','ORGANISATION','PLACE'])[1 + n % 3]::"TagKind", name, lower(name), 'tag-' || n, now(), now()
      FROM (SELECT n, CASE WHEN n % 4 = 0
          THEN initcap(c[1 + (n * 7) % 18] || c[1 + (n * 13) % 18]) || ' ' || initcap(c[1 + (n * 3) % 18] || c[1 + (n * 11) % 18] || c[1 + n % 18]) || ' ' || n
          ELSE initcap(l[1 + (n * 7) % 18] || l[1 + (n * 13) % 18]) || ' ' || initcap(l[1 + (n * 5) % 18] || l[1 + n % 18]) || ' ' || n END AS name
        FROM generate_series(1, $3::int) n, (SELECT $1::text[] AS c, $2::text[] AS l) v) t ON CONFLICT DO NOTHING`,
      [CYRILLIC, SYLLABLES, options.tags],
    );
    progress(`users, sections, ${topics.length} subjects and ${options.tags} tags in ${elapsed()}`);

    const dropped = await dropIndexes(client, ['Story', 'Publication', 'StoryTag', 'PublicationTag']);
    // Text is drawn from pools of random word runs per language (picked by index, so a
    // story costs a few array look-ups): realistic word statistics for full-text search
    // at a fraction of the cost of drawing every word in SQL.
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const runs = (words: string[], count: number, min: number, max: number) =>
      Array.from({ length: count }, () =>
        Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => words[Math.floor(random() * words.length)]!).join(' '),
      );
    const english = englishWords();
    const pools = {
      enHead: runs(english, 2000, 6, 12),
      ruHead: runs(RUSSIAN, 2000, 6, 12),
      enSub: runs(english, 2000, 12, 25),
      ruSub: runs(RUSSIAN, 2000, 12, 25),
      enPara: runs(english, 4000, 15, 70),
      ruPara: runs(RUSSIAN, 4000, 15, 70),
    };
    // A scratch table, read by primary key (array parameters would be copied per row).
    await client.query(`DROP TABLE IF EXISTS bench_text; CREATE UNLOGGED TABLE bench_text (lang text, kind text, k int, t text, PRIMARY KEY (lang, kind, k))`);
    for (const [name, values] of Object.entries(pools)) {
      await client.query(`INSERT INTO bench_text SELECT $1, $2, k - 1, t FROM unnest($3::text[]) WITH ORDINALITY u(t, k)`, [
        name.slice(0, 2),
        name.slice(2).toLowerCase(),
        values,
      ]);
    }
    await client.query('ANALYZE bench_text');
    const batch = options.batch ?? 25_000;
    const ranges: [number, number][] = [];
    for (let from = 1; from <= options.stories; from += batch) ranges.push([from, Math.min(options.stories, from + batch - 1)]);
    let done = 0;
    const loadRange = async (raw: Client, [from, to]: [number, number]) => {
      const worker = process.env.BENCH_DEBUG
        ? {
            query: async (sql: string, params?: unknown[]) => {
              if (process.env.BENCH_DEBUG === 'explain' && sql.includes('INSERT INTO "Story"'))
                progress((await raw.query(`EXPLAIN ANALYZE ${sql}`, params)).rows.map((r) => r['QUERY PLAN']).join('\n'));
              const t = Date.now();
              const r = await raw.query(sql, params);
              progress(`  ${Date.now() - t} ms: ${sql.trim().slice(0, 40)}`);
              return r;
            },
          }
        : raw;
      await worker.query('BEGIN');
      await worker.query(
        `
        INSERT INTO "Story" (id, slug, status, headline, subheadline, "datelinePlace", "datelineDate", credit, body, "bodyText", language, priority,
          "sectionId", "authorId", "lastEditorId", version, "createdAt", "updatedAt", "submittedAt", "publishedAt", "firstPublishedAt", "killedAt")
        SELECT 'bs' || s.n, 'bench-story-' || s.n, s.status::"StoryStatus", s.headline, s.sub, s.place, s.created::date, 'TASS',
          jsonb_build_object('type', 'doc', 'content', (SELECT jsonb_agg(jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', p))) ORDER BY i) FROM unnest(s.paras) WITH ORDINALITY u(p, i))),
          array_to_string(s.paras, E'\\n\\n'), s.lang, s.priority::"Priority",
          'bsec-' || ($1::text[])[1 + (s.n % ${DEMO_SECTIONS.length})], 'bu' || (1 + s.n % 50), 'bu' || (1 + s.n % 50), 1,
          s.created, s.created + interval '20 minutes',
          CASE WHEN s.status <> 'DRAFT' THEN s.created + interval '5 minutes' END,
          CASE WHEN s.status IN ('PUBLISHED', 'KILLED') THEN s.created + interval '20 minutes' END,
          CASE WHEN s.status IN ('PUBLISHED', 'KILLED') THEN s.created + interval '20 minutes' END,
          CASE WHEN s.status = 'KILLED' THEN s.created + interval '2 hours' END
        FROM (
          SELECT g.n, r.lang, r.created, r.status, r.priority,
            CASE WHEN r.lang = 'ru' THEN 'Москва' ELSE 'Moscow' END AS place,
            initcap((SELECT t FROM bench_text WHERE lang = r.lang AND kind = 'head' AND k = (g.n * 7919) % 2000)) AS headline,
            (SELECT upper(left(t, 1)) || substr(t, 2) || '.' FROM bench_text WHERE lang = r.lang AND kind = 'sub' AND k = (g.n * 104729) % 2000) AS sub,
            ARRAY(SELECT (SELECT upper(left(t, 1)) || substr(t, 2) || '.' FROM bench_text WHERE lang = r.lang AND kind = 'para' AND k = (g.n * 7919 + i * 104729) % 4000)
                FROM generate_series(1, 3 + (g.n * 31) % 10) i) AS paras
          FROM generate_series($2::bigint, $3::bigint) g(n),
          LATERAL (SELECT
            CASE WHEN (g.n * 17) % 100 < 15 THEN 'ru' ELSE 'en' END AS lang,
            now() - ((g.n * 7919) % 5256000) * interval '1 minute' AS created,
            CASE WHEN (g.n * 13) % 100 < 72 THEN 'PUBLISHED' WHEN (g.n * 13) % 100 < 82 THEN 'DRAFT' WHEN (g.n * 13) % 100 < 87 THEN 'IN_REVIEW'
                 WHEN (g.n * 13) % 100 < 90 THEN 'CHANGES_REQUESTED' WHEN (g.n * 13) % 100 < 93 THEN 'APPROVED' WHEN (g.n * 13) % 100 < 94 THEN 'SCHEDULED' ELSE 'KILLED' END AS status,
            CASE WHEN (g.n * 29) % 100 < 2 THEN 'FLASH' WHEN (g.n * 29) % 100 < 12 THEN 'URGENT' ELSE 'ROUTINE' END AS priority) r
          OFFSET 0 -- keeps the drawn paragraphs from being computed once per use
        ) s`,
        [DEMO_SECTIONS.map((s) => s.slug), from, to],
      );
      await worker.query(
        `
        INSERT INTO "StoryTag" ("storyId", "tagId", position)
        SELECT DISTINCT ON (s, t) 'bs' || s, t, 0 FROM (
          SELECT g.n AS s, CASE WHEN k = 1 THEN 'bst' || (1 + (g.n * 97) % ${topics.length}) ELSE 'bt' || (1 + ((g.n * 7919 + k * 104729) % $1::int)) END AS t
          FROM generate_series($2::bigint, $3::bigint) g(n), generate_series(1, 2 + g.n % 7) k) x`,
        [options.tags, from, to],
      );
      await worker.query(
        `
        INSERT INTO "Publication" ("storyId", slug, headline, subheadline, "datelinePlace", "datelineDate", credit, body, "bodyText", language, priority,
          "sectionId", "storyVersion", "firstPublishedAt", "publishedAt", "visibleAt", "killedAt")
        SELECT id, slug, headline, subheadline, "datelinePlace", "datelineDate", credit, body, "bodyText", language, priority,
          "sectionId", 1, "firstPublishedAt", "publishedAt", "publishedAt", "killedAt"
        FROM "Story" WHERE id IN (SELECT 'bs' || n FROM generate_series($1::bigint, $2::bigint) n) AND status IN ('PUBLISHED', 'KILLED')`,
        [from, to],
      );
      await worker.query(
        `INSERT INTO "PublicationTag" ("storyId", "tagId", position)
        SELECT st."storyId", st."tagId", st.position FROM "StoryTag" st JOIN "Publication" p ON p."storyId" = st."storyId"
        WHERE st."storyId" IN (SELECT 'bs' || n FROM generate_series($1::bigint, $2::bigint) n)`,
        [from, to],
      );
      await worker.query('COMMIT');
      done += to - from + 1;
      progress(`${done.toLocaleString('en')} of ${options.stories.toLocaleString('en')} stories (${elapsed()})`);
    };
    // One loader per core: PostgreSQL runs each statement on one.
    const queue = [...ranges];
    await Promise.all(
      Array.from({ length: 2 }, async () => {
        const worker = new Client({ connectionString: databaseUrl });
        await worker.connect();
        try {
          for (let range = queue.shift(); range; range = queue.shift()) await loadRange(worker, range);
        } finally {
          await worker.end();
        }
      }),
    );
    // Families of translations: each Russian story paired with an English one as its
    // translation (30% of all stories in a family), so "Needs translation" and the sibling
    // lists are measured on a desk that translates.
    progress('linking translations');
    await client.query(`
      CREATE TEMP TABLE bench_pairs AS
      SELECT en.id AS root, ru.id AS translation
      FROM (SELECT id, row_number() OVER (ORDER BY id) k FROM "Story" WHERE language = 'ru') ru
      JOIN (SELECT id, row_number() OVER (ORDER BY id) k FROM "Story" WHERE language = 'en') en USING (k)`);
    await client.query(`UPDATE "Story" s SET "translationRootId" = s.id FROM bench_pairs p WHERE s.id = p.root`);
    await client.query(`UPDATE "Story" s SET "translationRootId" = p.root, "translationOfId" = p.root FROM bench_pairs p WHERE s.id = p.translation`);
    await client.query('DROP TABLE bench_pairs');
    progress(`rebuilding ${dropped.length} indexes`);
    const pending = [...dropped];
    await Promise.all(
      Array.from({ length: 2 }, async () => {
        const worker = new Client({ connectionString: databaseUrl });
        await worker.connect();
        await worker.query(`SET maintenance_work_mem = '512MB'`);
        for (let definition = pending.shift(); definition; definition = pending.shift()) await worker.query(definition);
        await worker.end();
      }),
    );
    await client.query('DROP TABLE bench_text');
    await client.query('ANALYZE');
    progress(`done in ${elapsed()}`);
  } finally {
    await client.end();
  }
}
