import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyServerEditTo } from '@/components/desk/collab/apply-server-edit';

const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

describe('applyServerEditTo', () => {
  it('applies a stored edit with the given origin', () => {
    const server = new Y.Doc();
    server.getText('t').insert(0, 'decided');
    const browser = new Y.Doc();
    const origins: unknown[] = [];
    browser.on('update', (_u: Uint8Array, origin: unknown) => origins.push(origin));
    expect(applyServerEditTo(browser, base64(Y.encodeStateAsUpdate(server)), 'provider')).toBe(true);
    expect(browser.getText('t').toString()).toBe('decided');
    expect(origins).toEqual(['provider']);
  });

  it.each([
    ['not base64', '%%%not base64%%%'],
    ['bytes that are not an update', base64(new Uint8Array([255, 255, 255, 255, 255, 255, 255, 255, 255, 1]))],
    [
      'a cut update',
      (() => {
        const d = new Y.Doc();
        d.getText('t').insert(0, 'a long enough text to cut in half');
        const bytes = Y.encodeStateAsUpdate(d);
        return base64(bytes.slice(0, Math.floor(bytes.length / 2)));
      })(),
    ],
  ])('reports %s as not applied, without throwing, and leaves the copy as it was', (_name, update) => {
    const browser = new Y.Doc();
    browser.getText('t').insert(0, 'typed');
    expect(applyServerEditTo(browser, update, null)).toBe(false);
    expect(browser.getText('t').toString()).toBe('typed');
  });

  it('treats an empty update as nothing to apply', () => {
    expect(applyServerEditTo(new Y.Doc(), '', null)).toBe(true);
  });
});
