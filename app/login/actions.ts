'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { signIn, signOut } from '@/lib/auth/next-auth';
import { safeCallbackPath } from '@/lib/auth/callback-url';

export type SignInState = { ok: false; message: string } | null;

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  try {
    await signIn('credentials', {
      email: formData.get('email'),
      password: formData.get('password'),
      redirectTo: safeCallbackPath(formData.get('callbackUrl')),
    });
    return null;
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === 'throttled') {
      return { ok: false, message: 'Too many failed attempts. Please wait 15 minutes before trying again.' };
    }
    if (error instanceof AuthError) return { ok: false, message: 'Wrong email or password.' };
    throw error; // Next's redirect after a successful sign-in
  }
}

export async function signOutAction() {
  await signOut({ redirectTo: '/login' });
}
