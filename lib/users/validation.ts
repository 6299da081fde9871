import { z } from 'zod';
import { ROLES } from '@/lib/auth/roles';

export const ZUserCreate = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(120, 'Keep the name under 120 characters.'),
  email: z.string().trim().toLowerCase().email('Enter a valid email address.').max(320),
  role: z.enum(ROLES, { message: 'Choose a role.' }),
  password: z.string().min(12, 'Use at least 12 characters.').max(200, 'Use at most 200 characters.'),
});
export type TUserCreate = z.infer<typeof ZUserCreate>;

export const ZUserUpdate = z.object({
  id: z.string().min(1),
  role: z.enum(ROLES, { message: 'Choose a role.' }),
  active: z.preprocess((value) => value === true || value === 'true' || value === 'on', z.boolean()),
});
export type TUserUpdate = z.infer<typeof ZUserUpdate>;
