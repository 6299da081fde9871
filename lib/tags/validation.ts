import { z } from 'zod';
import { ZId, zLine, zMultiline } from '@/lib/text/fields';

export const TAG_KINDS = ['PERSON', 'ORGANISATION', 'PLACE', 'SUBJECT'] as const;
/** Kinds people create; subjects come from the IPTC vocabulary only. */
export const CREATABLE_KINDS = ['PERSON', 'ORGANISATION', 'PLACE'] as const;

export const ZTagCreate = z.object({
  kind: z.enum(CREATABLE_KINDS, { message: 'Subjects come from the IPTC vocabulary and cannot be created here.' }),
  name: zLine(120, 'Keep the name to 120 characters.').min(1, 'Enter a name.'),
  description: zMultiline(500, 'Keep the description to 500 characters.').default(''),
});

export const ZTagUpdate = z.object({
  id: ZId,
  name: zLine(120, 'Keep the name to 120 characters.').min(1, 'Enter a name.'),
  description: zMultiline(500, 'Keep the description to 500 characters.').default(''),
});

export const ZAlias = z.object({
  tagId: ZId,
  name: zLine(120, 'Keep the alias to 120 characters.').min(1, 'Enter an alias.'),
});

export const ZMerge = z.object({
  sourceId: ZId,
  targetId: ZId,
});
