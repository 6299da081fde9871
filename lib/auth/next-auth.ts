// The adapter between next-auth and the domain: sign-in checks go to
// `checkCredentials`. The session only names the user; `getViewer()` reads the user
// from the database on every request, so a deactivation or a role change applies at once.
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { checkCredentials } from './credentials';
import type { Role } from './roles';

class ThrottledSignin extends CredentialsSignin {
  code = 'throttled';
}

function clientAddress(request: Request | undefined): string {
  const forwarded = request?.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || request?.headers.get('x-real-ip') || 'unknown';
}

declare module 'next-auth' {
  interface User {
    role?: Role;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role };
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  pages: { signIn: '/login' },
  trustHost: true,
  providers: [
    Credentials({
      credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw, request) {
        const result = await checkCredentials(raw, clientAddress(request));
        if (!result.ok) {
          if (result.reason === 'throttled') throw new ThrottledSignin();
          return null;
        }
        return result.user;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === 'string') {
        session.user.id = token.uid;
        session.user.role = token.role as Role;
      }
      return session;
    },
  },
});
