// The vocabularies of the data model, from one definition: Prisma's enums (client-safe).
import { ApiScope, Priority, RevisionReason, Role, StoryStatus, TagKind } from '@/generated/prisma/enums';

export { ApiScope, Priority, RevisionReason, Role, StoryStatus, TagKind };

export const PRIORITIES = Object.values(Priority);
export const STORY_STATUSES = Object.values(StoryStatus);
export const TAG_KINDS = Object.values(TagKind);
export const ROLES = Object.values(Role);

/** Tag kinds people create on the desk; subjects come from the IPTC vocabulary only. */
export const CREATABLE_TAG_KINDS = ['PERSON', 'ORGANISATION', 'PLACE'] as const satisfies readonly TagKind[];
export type CreatableTagKind = (typeof CREATABLE_TAG_KINDS)[number];
