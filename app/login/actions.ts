'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { cookies, headers } from 'next/headers';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { DEVICE_COOKIE, DEVICE_MAX_AGE_SECONDS, issueDeviceToken, verifyDeviceToken } from '@/lib/auth/device';
import { signIn, signOut } from '@/lib/auth/next-auth';
import { env } from '@/lib/env';
import { revokeAllSessions } from '@/lib/auth/sessions';
import { getViewer } from '@/lib/auth/viewer';

import type { SignInState } from '@/components/auth/sign-in-form';

const isRedirect = (error: unknown) =>
  typeof (error as { digest?: unknown })?.digest === 'string' && (error as { digest: string }).digest.startsWith('NEXT_REDIRECT');

function waitInWords(seconds: number) {
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

/** After a successful sign-in: this browser is remembered for the account, so failures elsewhere never slow it. */
async function rememberDevice(email: string) {
  const secret = env().AUTH_SECRET;
  const jar = await cookies();
  if (!secret || verifyDeviceToken(jar.get(DEVICE_COOKIE)?.value, email, secret)) return;
  const https = (await headers()).get('x-forwarded-proto') === 'https' || env().NEWSROOM_SITE_URL.startsWith('https:');
  jar.set(DEVICE_COOKIE, issueDeviceToken(email, secret), { httpOnly: true, sameSite: 'lax', secure: !!https, path: '/', maxAge: DEVICE_MAX_AGE_SECONDS });
}

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get('email') ?? '')
    .trim()
    .toLowerCase();
  try {
    await signIn('credentials', {
      email: formData.get('email'),
      password: formData.get('password'),
      redirectTo: safeCallbackPath(formData.get('callbackUrl')),
    });
    return null;
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code.startsWith('throttled')) {
      const seconds = Number(error.code.split(':')[1]) || 60;
      return { ok: false, message: `Too many failed attempts. Try again in ${waitInWords(seconds)}.` };
    }
    // The address is held: the right password still gets in, so say what to check rather than to wait.
    if (error instanceof CredentialsSignin && error.code.startsWith('addressHeld')) {
      return { ok: false, message: 'Wrong email or password. Many sign-ins have failed from your network lately: check both carefully.' };
    }
    if (error instanceof AuthError) return { ok: false, message: 'Wrong email or password.' };
    if (isRedirect(error)) await rememberDevice(email);
    throw error; // Next's redirect after a successful sign-in
  }
}

export async function signOutAction() {
  await signOut({ redirectTo: '/login' });
}

/** Ends every session of the signed-in person (other browsers included), then this one. */
export async function signOutEverywhereAction() {
  const viewer = await getViewer();
  if (viewer) await revokeAllSessions(viewer, viewer.id);
  await signOut({ redirectTo: '/login' });
}
