import { AppError } from '@/lib/errors';
import { type Role } from '@/lib/enums';

/**
 * Everything a signed-in person can ask the desk to do. Every Server Action and
 * route handler names one of these and checks it through `can`/`assertCan`; an action
 * nothing checks fails `tests/unit/permissions-enforced.test.ts`. (Publishing an update
 * to a live story is `story.publish`; the IPTC taxonomy import is an operator's
 * command, `npm run taxonomy:import`, not a desk action.)
 */
export const ACTIONS = [
  'desk.view',
  'story.create',
  'story.edit',
  'story.submit',
  'story.review', // comment, request changes
  'story.approve',
  'story.publish', // publish, schedule, unschedule
  'story.kill',
  'story.spike', // spike a never-published story, restore it
  'story.restoreRevision',
  'story.decideSuggestion', // accept or reject a suggestion in the text
  'story.translate', // start a linked translation of a story
  'comment.create',
  'comment.resolve',
  'asset.upload',
  'tag.create',
  'tag.edit',
  'tag.merge',
  'tag.delete',
  'topic.manage',
  'section.manage',
  'contributor.manage', // contributor records: name, slug, bio (their public pages)
  'wire.use',
  'wire.ingest',
  'user.manage',
  'apikey.manage',
  'webhook.manage',
  'live.post', // add an entry to live coverage (an editor's waits for review)
  'live.publish', // publish, correct or delete entries; end live coverage
  'audit.viewAll',
  'planning.view', // the planning calendar and the budget
  'planning.plan', // events, iCalendar import, coverage
  'planning.assign', // who covers it and by when
  'coverage.start', // start the story of a coverage (an editor: one assigned to them)
  'system.view', // the System page: health, queues, ingest, failures, errors
] as const;
export type Action = (typeof ACTIONS)[number];

const E = { EDITOR: true, REVIEWER: true, ADMIN: true } as const; // everyone on the desk
const R = { EDITOR: false, REVIEWER: true, ADMIN: true } as const; // reviewers and admins
const A = { EDITOR: false, REVIEWER: false, ADMIN: true } as const; // admins only

/** The one role x action matrix. A missing action fails to compile. */
export const PERMISSIONS = {
  'desk.view': E,
  'story.create': E,
  'story.edit': E,
  'story.submit': E,
  'story.review': R,
  'story.approve': R,
  'story.publish': R,
  'story.kill': R,
  'story.spike': E,
  'story.restoreRevision': E,
  'story.decideSuggestion': E,
  'story.translate': E,
  'comment.create': E,
  'comment.resolve': E,
  'asset.upload': E,
  'tag.create': E,
  'tag.edit': E,
  'tag.merge': R,
  'tag.delete': R,
  'topic.manage': E,
  'section.manage': A,
  'contributor.manage': R,
  'wire.use': E,
  'wire.ingest': A,
  'user.manage': A,
  'apikey.manage': A,
  'webhook.manage': A,
  'live.post': E,
  'live.publish': R,
  'audit.viewAll': A,
  'planning.view': E,
  'planning.plan': R,
  'planning.assign': R,
  'coverage.start': E,
  'system.view': A,
} as const satisfies Record<Action, Record<Role, boolean>>;

export type Viewer = { id: string; role: Role; name: string; email: string };

export function can(viewer: Pick<Viewer, 'role'> | null | undefined, action: Action): boolean {
  return !!viewer && PERMISSIONS[action][viewer.role];
}

/** Throws FORBIDDEN (or UNAUTHENTICATED without a viewer) unless the role may act. */
export function assertCan(viewer: Viewer | null | undefined, action: Action): asserts viewer is Viewer {
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in.');
  if (!can(viewer, action)) throw new AppError('FORBIDDEN', 'Your role does not allow this.');
}
