/**
 * Signs in through next-auth's credentials endpoint, as a browser would, and returns
 * the cookie header that carries the session (for benchmarks that load desk pages).
 */
export async function signInCookie(origin: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${origin}/desk` }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.includes('session-token'));
  if (!session) throw new Error(`sign-in failed for ${email}: HTTP ${response.status}`);
  return session;
}
