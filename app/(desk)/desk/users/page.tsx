import { Badge } from '@/components/ui/badge';
import { CreateUserForm, UserRowForm, UserSessionControls } from '@/components/desk/user-forms';
import { formatDeskTime } from '@/lib/time/format';
import { listUsers } from '@/lib/users/queries';
import { requireViewer } from '../../require-viewer';
import { createUserAction, signOutUserEverywhereAction, unlockSignInAction, updateUserAction } from './actions';

export const metadata = { title: 'Users' };

export default async function UsersPage() {
  const viewer = await requireViewer('/desk/users', 'user.manage');
  const users = await listUsers(viewer);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Users</h1>
      <section aria-labelledby="new-user" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="new-user" className="mb-3 text-lg font-semibold">
          New user
        </h2>
        <CreateUserForm action={createUserAction} />
      </section>
      <section aria-labelledby="all-users" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="all-users" className="px-4 pt-4 text-lg font-semibold">
          Everyone on the desk
        </h2>
        <ul className="divide-y divide-slate-100">
          {users.map((user) => (
            // Fixed columns: every row's role select and buttons stand in the same place, whatever the name's length.
            <li key={user.id} className="grid items-start gap-3 px-4 py-3 lg:grid-cols-[minmax(0,1fr)_24rem_15rem]">
              <div className="min-w-0">
                <p className="font-medium">
                  {user.name} {user.active ? null : <Badge tone="red">Deactivated</Badge>}
                </p>
                <p className="text-sm text-slate-600">{user.email}</p>
                <p className="text-xs text-slate-500">
                  {user.openSessions === 1 ? '1 open session' : `${user.openSessions} open sessions`}
                  {user.signInHeldUntil ? (
                    <>
                      {' '}
                      · <Badge tone="amber">Sign-in held until {formatDeskTime(user.signInHeldUntil)}</Badge>
                    </>
                  ) : null}
                </p>
              </div>
              <UserRowForm user={user} action={updateUserAction} />
              <UserSessionControls
                user={{ id: user.id, name: user.name, signInHeld: !!user.signInHeldUntil }}
                signOutEverywhere={signOutUserEverywhereAction}
                unlock={unlockSignInAction}
              />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
