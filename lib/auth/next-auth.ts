// The adapter between next-auth and the domain: sign-in checks go to
// `checkCredentials`; each sign-in records a session row whose id the cookie carries.
// `getViewer()` reads that session and its user from the database on every request,
// so signing out, "sign out everywhere", a deactivation or a role change apply at once.
import NextAuth, { AuthError, CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import { clientAddressOf } from '@/lib/auth/client-address';
import { checkCredentials } from './credentials';
import { DEVICE_COOKIE, verifyDeviceToken } from './device';
import { type Role } from '@/lib/enums';
import { createSession, revokeSession, SESSION_MAX_AGE_SECONDS } from './sessions';
import { moduleLogger } from '@/lib/telemetry/logger';

/** Thrown for a throttled attempt; the code carries the reason and the wait in seconds (`throttled:42`, `addressHeld:900`). */
class ThrottledSignin extends CredentialsSignin {
  constructor(reason: 'throttled' | 'addressHeld', retryAfterSeconds: number) {
    super();
    this.code = `${reason}:${retryAfterSeconds}`;
  }
}

function cookieValue(request: Request | undefined, name: string): string | null {
  const cookies = request?.headers.get('cookie') ?? '';
  const match = cookies.split(/;\s*/).find((part) => part.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : null;
}

declare module 'next-auth' {
  interface User {
    role?: Role;
    clientAddress?: string;
    userAgent?: string;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role };
    sessionId?: string;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/login' },
  trustHost: true,
  // Into the JSON log: a refused sign-in (wrong password, throttled) is the desk working,
  // not a system error, so it never fills the System page's newest errors.
  logger: {
    error(error) {
      const log = moduleLogger('auth');
      if (error instanceof CredentialsSignin) log.info({ code: error.code }, 'sign-in refused');
      else if (error instanceof AuthError) log.warn({ err: error, type: error.type }, `auth: ${error.type}`);
      else log.error({ err: error }, `auth: ${error.message}`);
    },
    warn: (code) => moduleLogger('auth').warn(`auth warning ${code} (https://warnings.authjs.dev)`),
  },
  providers: [
    Credentials({
      credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw, request) {
        const address = request ? clientAddressOf(request.headers) : 'unknown';
        const email = typeof raw?.email === 'string' ? raw.email.trim() : '';
        const deviceId = verifyDeviceToken(cookieValue(request, DEVICE_COOKIE), email, env().AUTH_SECRET);
        const result = await checkCredentials(raw, { address, deviceId });
        if (!result.ok) {
          if (result.reason !== 'invalid') throw new ThrottledSignin(result.reason, result.retryAfterSeconds);
          return null;
        }
        return { ...result.user, clientAddress: address, userAgent: request?.headers.get('user-agent') ?? '' };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.sid = await createSession(user.id, { address: user.clientAddress ?? '', userAgent: user.userAgent ?? '' });
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === 'string') session.user.id = token.uid;
      if (typeof token.sid === 'string') session.sessionId = token.sid;
      return session;
    },
  },
  events: {
    async signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      if (typeof sid === 'string') await revokeSession(sid);
    },
  },
});
