import { z } from 'zod';
import { ZId, zLine } from '@/lib/text/fields';
import { ROLES } from '@/lib/enums';

export const ZUserCreate = z.object({
  name: zLine(120, 'Keep the name under 120 characters.').min(1, 'Enter a name.'),
  email: z.string().trim().toLowerCase().email('Enter a valid email address.').max(320),
  role: z.enum(ROLES, { message: 'Choose a role.' }),
  password: z.string().min(12, 'Use at least 12 characters.').max(200, 'Use at most 200 characters.'),
});
export type TUserCreate = z.infer<typeof ZUserCreate>;

export const ZUserUpdate = z.object({
  id: ZId,
  role: z.enum(ROLES, { message: 'Choose a role.' }),
  active: z.preprocess((value) => value === true || value === 'true' || value === 'on', z.boolean()),
});
export type TUserUpdate = z.infer<typeof ZUserUpdate>;
