import { z } from 'zod';
import { ZId, zLine, zMultiline } from '@/lib/text/fields';

import { CREATABLE_TAG_KINDS } from '@/lib/enums';
import { LANGUAGES } from '@/lib/stories/limits';

/** "Name in Russian" and the like arrive as `name_ru`: optional, one line, the name's own limit. */
const localizedNames = Object.fromEntries(LANGUAGES.map((code) => [`name_${code}`, zLine(120, 'Keep the name to 120 characters.').optional()]));

export const ZTagCreate = z.object({
  kind: z.enum(CREATABLE_TAG_KINDS, { message: 'Subjects come from the IPTC vocabulary and cannot be created here.' }),
  name: zLine(120, 'Keep the name to 120 characters.').min(1, 'Enter a name.'),
  description: zMultiline(500, 'Keep the description to 500 characters.').default(''),
});

export const ZTagUpdate = z.object({
  id: ZId,
  name: zLine(120, 'Keep the name to 120 characters.').min(1, 'Enter a name.'),
  description: zMultiline(500, 'Keep the description to 500 characters.').default(''),
  ...localizedNames,
});

export const ZAlias = z.object({
  tagId: ZId,
  name: zLine(120, 'Keep the alias to 120 characters.').min(1, 'Enter an alias.'),
});

export const ZMerge = z.object({
  sourceId: ZId,
  targetId: ZId,
});
