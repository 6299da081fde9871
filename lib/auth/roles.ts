import type { Role } from '@/lib/enums';

export const ROLE_LABELS = {
  EDITOR: 'Editor',
  REVIEWER: 'Reviewer',
  ADMIN: 'Admin',
} satisfies Record<Role, string>;
