import { Badge } from '@/components/ui/badge';
import { CreateUserForm, UserRowForm } from '@/components/desk/user-forms';
import { listUsers } from '@/lib/users/queries';
import { requireViewer } from '../../require-viewer';

export const metadata = { title: 'Users' };

export default async function UsersPage() {
  const viewer = await requireViewer('/desk/users', 'user.manage');
  const users = await listUsers(viewer);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Users</h1>
      <section aria-labelledby="new-user" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="new-user" className="mb-3 text-lg font-semibold">New user</h2>
        <CreateUserForm />
      </section>
      <section aria-labelledby="all-users" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="all-users" className="px-4 pt-4 text-lg font-semibold">Everyone on the desk</h2>
        <ul className="divide-y divide-slate-100">
          {users.map((user) => (
            <li key={user.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <div>
                <p className="font-medium">{user.name} {user.active ? null : <Badge tone="red">Deactivated</Badge>}</p>
                <p className="text-sm text-slate-600">{user.email}</p>
              </div>
              <UserRowForm user={user} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
