import { z } from 'zod';

export const TAG_KINDS = ['PERSON', 'ORGANISATION', 'PLACE', 'SUBJECT'] as const;
/** Kinds people create; subjects come from the IPTC vocabulary only. */
export const CREATABLE_KINDS = ['PERSON', 'ORGANISATION', 'PLACE'] as const;

export const ZTagCreate = z.object({
  kind: z.enum(CREATABLE_KINDS, { message: 'Subjects come from the IPTC vocabulary and cannot be created here.' }),
  name: z.string().trim().min(1, 'Enter a name.').max(120, 'Keep the name to 120 characters.'),
  description: z.string().trim().max(500).default(''),
});

export const ZTagUpdate = z.object({
  id: z.string().min(1).max(40),
  name: z.string().trim().min(1, 'Enter a name.').max(120, 'Keep the name to 120 characters.'),
  description: z.string().trim().max(500, 'Keep the description to 500 characters.').default(''),
});

export const ZAlias = z.object({
  tagId: z.string().min(1).max(40),
  name: z.string().trim().min(1, 'Enter an alias.').max(120, 'Keep the alias to 120 characters.'),
});

export const ZMerge = z.object({
  sourceId: z.string().min(1).max(40),
  targetId: z.string().min(1).max(40),
});
