export const ROLES = ['EDITOR', 'REVIEWER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS = {
  EDITOR: 'Editor',
  REVIEWER: 'Reviewer',
  ADMIN: 'Admin',
} satisfies Record<Role, string>;
