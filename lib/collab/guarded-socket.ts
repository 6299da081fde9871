import { EventEmitter } from 'node:events';
import type { RawData, WebSocket } from 'ws';

/**
 * A WebSocket as Hocuspocus uses it (messages, close, ping and pong, send, close), with
 * every incoming message passed through `filter` first: what it returns is what
 * Hocuspocus sees (the same bytes, rewritten ones, or nothing). The collaboration server
 * rewrites presence this way, so a person's name on everyone's screen is the session's.
 */
export class GuardedSocket extends EventEmitter {
  constructor(
    private readonly socket: WebSocket,
    filter: (data: Uint8Array) => Uint8Array | null,
  ) {
    super();
    socket.on('message', (data: RawData, isBinary: boolean) => {
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
      const passed = filter(bytes);
      if (passed) this.emit('message', passed === bytes ? bytes : Buffer.from(passed.buffer, passed.byteOffset, passed.byteLength), isBinary);
    });
    for (const event of ['close', 'pong', 'ping', 'error'] as const) socket.on(event, (...args: unknown[]) => this.emit(event, ...args));
  }

  get readyState() {
    return this.socket.readyState;
  }

  get binaryType() {
    return this.socket.binaryType;
  }

  set binaryType(type: WebSocket['binaryType']) {
    this.socket.binaryType = type;
  }

  send(data: Uint8Array | string, callback?: (error?: Error) => void) {
    this.socket.send(data, callback);
  }

  close(code?: number, reason?: string) {
    this.socket.close(code, reason);
  }

  ping() {
    this.socket.ping();
  }

  terminate() {
    this.socket.terminate();
  }
}
