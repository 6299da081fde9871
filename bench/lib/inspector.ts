import WebSocket from 'ws';

type MemoryUsage = { rss: number; heapUsed: number; heapTotal: number; external: number };

/**
 * The server process's inspector, opened with SIGUSR1 (a benchmark's own instance only):
 * a full garbage collection on demand, so memory "after an attack" is what the process
 * still holds, not garbage an idle V8 has not collected yet.
 */
export async function attachInspector(pid: number, port = 9229) {
  process.kill(pid, 'SIGUSR1');
  let targets: { webSocketDebuggerUrl: string }[] = [];
  for (let i = 0; i < 50 && !targets.length; i++) {
    await new Promise((r) => setTimeout(r, 100));
    targets = await fetch(`http://127.0.0.1:${port}/json/list`)
      .then((r) => r.json() as Promise<typeof targets>)
      .catch(() => []);
  }
  if (!targets.length) throw new Error(`no inspector on port ${port} for pid ${pid}`);
  const socket = new WebSocket(targets[0]!.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  let id = 0;
  const pending = new Map<number, (result: unknown) => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
    if (message.id !== undefined) pending.delete(message.id);
  });
  const call = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve) => {
      const n = ++id;
      pending.set(n, resolve as (result: unknown) => void);
      socket.send(JSON.stringify({ id: n, method, params }));
    });
  await call('HeapProfiler.enable');
  return {
    /** Collects garbage fully, then reads the process's memory (MB). */
    async memoryAfterGc(): Promise<MemoryUsage> {
      await call('HeapProfiler.collectGarbage');
      const answer = await call<{ result: { value: string } }>('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())' });
      const usage = JSON.parse(answer.result.value) as MemoryUsage;
      const mb = (bytes: number) => Math.round(bytes / 1048576);
      return { rss: mb(usage.rss), heapUsed: mb(usage.heapUsed), heapTotal: mb(usage.heapTotal), external: mb(usage.external) };
    },
    /** Disconnects (a process with a debugger attached waits for it at exit). */
    detach() {
      socket.close();
    },
  };
}
