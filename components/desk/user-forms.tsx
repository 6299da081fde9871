'use client';

import { Button } from '@/components/ui/button';
import { Field, SelectInput, TextInput } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionResult } from '@/lib/action';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { ROLES, type Role } from '@/lib/enums';

type State = ActionResult<unknown> | null;
/** A Server Action posting a form, as `useActionState` calls it. */
export type FormAction = (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;

export function CreateUserForm({ action }: { action: FormAction }) {
  const { state, pending, formProps } = useFormAction<State>(action, null, { resetOnSuccess: true });
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form {...formProps} className="grid gap-3 sm:grid-cols-2" aria-label="Create user">
      <Field id="new-name" label="Name" errors={errors.name}>
        <TextInput id="new-name" name="name" required invalid={!!errors.name} />
      </Field>
      <Field id="new-email" label="Email" errors={errors.email}>
        <TextInput id="new-email" name="email" type="email" required invalid={!!errors.email} />
      </Field>
      <Field id="new-role" label="Role" errors={errors.role}>
        <SelectInput id="new-role" name="role" defaultValue="EDITOR">
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </SelectInput>
      </Field>
      <Field id="new-password" label="Password" errors={errors.password} hint="At least 12 characters.">
        <TextInput id="new-password" name="password" type="password" autoComplete="new-password" required invalid={!!errors.password} />
      </Field>
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          Create user
        </Button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function UserRowForm({ user, action }: { user: { id: string; name: string; role: Role; active: boolean }; action: FormAction }) {
  const { state, pending, formProps } = useFormAction<State>(action, null);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-3" aria-label={`Settings for ${user.name}`}>
      <input type="hidden" name="id" value={user.id} />
      <label className="sr-only" htmlFor={`role-${user.id}`}>
        Role of {user.name}
      </label>
      <SelectInput id={`role-${user.id}`} name="role" defaultValue={user.role} className="w-36">
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </SelectInput>
      <label className="flex items-center gap-1.5 text-sm">
        <input type="checkbox" name="active" value="true" defaultChecked={user.active} aria-label={`${user.name} is active`} />
        Active
      </label>
      <Button type="submit" size="sm" variant="secondary" disabled={pending} aria-label={`Save ${user.name}`}>
        Save
      </Button>
      {/* Below the controls: a message appearing moves nothing sideways. */}
      <div className="basis-full empty:hidden">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

/** One button posting a user's id to an admin action, with its outcome beside it. */
function UserButtonForm({ action, id, label, name }: { action: FormAction; id: string; label: string; name: string }) {
  const { state, pending, formProps } = useFormAction<State>(action, null);
  return (
    <form {...formProps} className="flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" size="sm" variant="ghost" disabled={pending} aria-label={`${label} for ${name}`}>
        {label}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

export function UserSessionControls({
  user,
  signOutEverywhere,
  unlock,
}: {
  user: { id: string; name: string; signInHeld: boolean };
  signOutEverywhere: FormAction;
  unlock: FormAction;
}) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <UserButtonForm action={signOutEverywhere} id={user.id} name={user.name} label="Sign out everywhere" />
      {user.signInHeld ? <UserButtonForm action={unlock} id={user.id} name={user.name} label="Unlock sign-in" /> : null}
    </div>
  );
}
