import { z } from 'zod';
import { ZId, zLine, zMultiline } from '@/lib/text/fields';

import { CREATABLE_TAG_KINDS } from '@/lib/enums';

export const ZTagCreate = z.object({
  kind: z.enum(CREATABLE_TAG_KINDS, { message: 'Subjects come from the IPTC vocabulary and cannot be created here.' }),
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
