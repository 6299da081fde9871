import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { prisma } from '@/lib/db';
import { parseMediaTopics } from '@/lib/tags/iptc';
import { normalizeName } from '@/lib/tags/normalize';
import { slugFromName } from '@/lib/tags/slug';
import type { EntityKind, WireItemData } from './types';

let subjectCodeMap: Map<string, string> | null = null;

/** Legacy IPTC Subject Code → Media Topic qcode, from the vocabulary's exactMatch column. */
function subjectCodes(): Map<string, string> {
  if (!subjectCodeMap) {
    const tsv = readFileSync(path.join(process.cwd(), 'prisma/data/mediatopic-en-GB.tsv'), 'utf8');
    subjectCodeMap = new Map(
      parseMediaTopics(tsv)
        .filter((t) => t.subjectCode)
        .map((t) => [t.subjectCode!.replace(/^subj:/, ''), t.qcode]),
    );
  }
  return subjectCodeMap;
}

/** A Subject Code's Media Topics, nearest first: its own match, then its broader codes' matches. */
export function medtopsForSubjectCode(code: string): string[] {
  const map = subjectCodes();
  return [code, `${code.slice(0, 5)}000`, `${code.slice(0, 2)}000000`].map((c) => map.get(c)).filter((q): q is string => !!q);
}

export type ResolvedTags = { tagIds: string[]; literals: string[] };

/**
 * Turns items' subjects and named entities into tag ids. Media Topics (and Subject
 * Codes through the vocabulary) find their subject tag; people, organisations and
 * places find theirs by name or alias, or are created; anything else is kept as a
 * literal. Look-ups are cached for the life of the resolver and batched per call.
 */
export class TagResolver {
  private byCode: Map<string, string> | null = null;
  private byName = new Map<string, string>();

  private async codes() {
    if (!this.byCode) {
      const subjects = await prisma.tag.findMany({ where: { code: { not: null } }, select: { id: true, code: true } });
      this.byCode = new Map(subjects.map((t) => [t.code!, t.id]));
    }
    return this.byCode;
  }

  private async names(wanted: { kind: EntityKind; name: string }[]) {
    const key = (kind: string, normalized: string) => `${kind}\u0000${normalized}`;
    const missing = new Map<string, { kind: EntityKind; name: string; normalized: string }>();
    for (const w of wanted) {
      const normalized = normalizeName(w.name);
      if (normalized && !this.byName.has(key(w.kind, normalized))) missing.set(key(w.kind, normalized), { ...w, normalized });
    }
    if (missing.size) {
      const normalizedNames = [...new Set([...missing.values()].map((m) => m.normalized))];
      const [tags, aliases] = await Promise.all([
        prisma.tag.findMany({ where: { normalizedName: { in: normalizedNames } }, select: { id: true, kind: true, normalizedName: true } }),
        prisma.tagAlias.findMany({ where: { normalized: { in: normalizedNames } }, select: { normalized: true, tag: { select: { id: true, kind: true } } } }),
      ]);
      for (const a of aliases) this.byName.set(key(a.tag.kind, a.normalized), a.tag.id);
      for (const t of tags) this.byName.set(key(t.kind, t.normalizedName), t.id);
      const create = [...missing.entries()].filter(([k]) => !this.byName.has(k)).map(([, m]) => m);
      if (create.length) {
        const bases = create.map((m) => slugFromName(m.name) || 'tag');
        const taken = new Set((await prisma.tag.findMany({ where: { slug: { in: bases } }, select: { slug: true } })).map((t) => t.slug));
        const data = create.map((m, i) => {
          const base = bases[i]!;
          const slug = taken.has(base) ? `${base}-${createHash('sha1').update(`${m.kind}:${m.normalized}`).digest('hex').slice(0, 6)}` : base;
          taken.add(slug);
          return { kind: m.kind, name: m.name.slice(0, 120), normalizedName: m.normalized, slug };
        });
        await prisma.tag.createMany({ data, skipDuplicates: true });
        const created = await prisma.tag.findMany({
          where: { normalizedName: { in: create.map((m) => m.normalized) } },
          select: { id: true, kind: true, normalizedName: true },
        });
        for (const t of created) this.byName.set(key(t.kind, t.normalizedName), t.id);
      }
    }
    return (kind: EntityKind, name: string) => this.byName.get(key(kind, normalizeName(name)));
  }

  async resolve(items: WireItemData[]): Promise<ResolvedTags[]> {
    const codes = await this.codes();
    const lookup = await this.names(items.flatMap((item) => item.entities.filter((e) => e.name.length <= 120)));
    return items.map((item) => {
      const ids = new Set<string>();
      const literals: string[] = [];
      for (const subject of item.subjects) {
        const qcodes = subject.scheme === 'medtop' ? [`medtop:${subject.code}`] : subject.scheme === 'subj' ? medtopsForSubjectCode(subject.code) : [];
        const id = qcodes.map((q) => codes.get(q)).find(Boolean);
        if (id) ids.add(id);
        else
          literals.push(
            subject.scheme === 'other' ? subject.name || subject.code : `${subject.scheme}:${subject.code}${subject.name ? ` (${subject.name})` : ''}`,
          );
      }
      for (const entity of item.entities) {
        const id = lookup(entity.kind, entity.name);
        if (id) ids.add(id);
        else literals.push(entity.name);
      }
      return { tagIds: [...ids].slice(0, 60), literals };
    });
  }
}
