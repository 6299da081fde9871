import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { bridgeConsole } from './console-bridge';
import { startLogger } from '@/lib/telemetry/logger';

const lines: Record<string, unknown>[] = [];
const last = () => lines.at(-1)!;

beforeAll(() => {
  process.env.NEWSROOM_LOG_LEVEL = 'debug';
  startLogger('worker', {
    destination: new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    }),
  });
  bridgeConsole();
});

describe('console output in the JSON log', () => {
  it('a leading [word] becomes the module; the level follows the method', () => {
    console.error('[cache] varnish purge of story:x failed: 503');
    expect(last()).toMatchObject({ level: 'error', process: 'worker', module: 'cache', msg: 'varnish purge of story:x failed: 503' });
    console.log('plain %s', 'words');
    expect(last()).toMatchObject({ level: 'info', msg: 'plain words' });
  });

  it('an Error keeps its stack in err', () => {
    console.error('[wire] could not store urn:1:', new Error('duplicate key'));
    expect(last()).toMatchObject({
      level: 'error',
      module: 'wire',
      msg: 'could not store urn:1:',
      err: { message: 'duplicate key', stack: expect.stringContaining('Error: duplicate key') },
    });
  });

  it("terminal colours go, Node's warnings are warnings, secrets are scrubbed", () => {
    console.log('\u001b[32m✓\u001b[39m Ready');
    expect(last()).toMatchObject({ msg: '✓ Ready' });
    console.error('(node:42) DeprecationWarning: Calling client.query() when the client is already executing a query is deprecated');
    expect(last()).toMatchObject({ level: 'warn' });
    console.error('[pg] connect failed: postgresql://newsroom:hunter2@db:5432/newsroom');
    expect(JSON.stringify(last())).not.toContain('hunter2');
  });
});
