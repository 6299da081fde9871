import { AsyncLocalStorage } from 'node:async_hooks';

/** What the logs and traces know about the request being served. */
export type RequestContext = { requestId: string; userId?: string };

// One store per process: the front server (scripts/server.ts) opens it for each request,
// and the app's modules, which Next bundles apart from the server's, read it through
// globalThis.
const shared = globalThis as { __newsroomRequestContext?: AsyncLocalStorage<RequestContext> };
const storage = (shared.__newsroomRequestContext ??= new AsyncLocalStorage<RequestContext>());

/** Runs `fn` (and everything it starts) as part of the request. */
export const runInRequest = <T>(context: RequestContext, fn: () => T): T => storage.run(context, fn);

/** The request being served, if any. */
export const currentRequest = (): RequestContext | undefined => storage.getStore();

/** Names the signed-in person for the rest of the request's logs and its trace. */
export function setRequestUser(userId: string) {
  const context = storage.getStore();
  if (context) context.userId = userId;
}
