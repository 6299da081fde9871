import { describe, expect, it } from 'vitest';
import { canStartSave, nextSaveStatus, type SaveEvent, type SaveStatus } from '../../components/desk/story-editor/autosave-machine';

const run = (start: SaveStatus, ...events: SaveEvent[]) => events.reduce(nextSaveStatus, start);

describe('autosave', () => {
  it('typing makes a saved story dirty; a save that arrives with nothing typed meanwhile is saved', () => {
    expect(run('saved', { type: 'edited' })).toBe('dirty');
    expect(run('dirty', { type: 'saveStarted' }, { type: 'saved', current: true })).toBe('saved');
  });

  it('typing during a save leaves the story dirty after it (the next save follows)', () => {
    expect(run('dirty', { type: 'saveStarted' }, { type: 'edited' })).toBe('saving');
    expect(run('dirty', { type: 'saveStarted' }, { type: 'edited' }, { type: 'saved', current: false })).toBe('dirty');
  });

  it('offline: the change is kept and retried; typing meanwhile stays offline; the retry can succeed', () => {
    const offline = run('dirty', { type: 'saveStarted' }, { type: 'unreachable' });
    expect(offline).toBe('offline');
    expect(run(offline, { type: 'edited' })).toBe('offline');
    expect(run(offline, { type: 'saveStarted' }, { type: 'saved', current: true })).toBe('saved');
  });

  it('a conflict stops every save until the person decides', () => {
    const conflict = run('dirty', { type: 'saveStarted' }, { type: 'conflict' });
    expect(conflict).toBe('conflict');
    expect(canStartSave(conflict)).toBe(false);
    expect(run(conflict, { type: 'edited' }, { type: 'saveStarted' })).toBe('conflict');
    expect(run(conflict, { type: 'resolved', keep: 'mine' })).toBe('dirty');
    expect(run(conflict, { type: 'resolved', keep: 'theirs' })).toBe('saved');
  });

  it('refused text shows the errors; fixing it makes it dirty again', () => {
    const refused = run('dirty', { type: 'saveStarted' }, { type: 'refused' });
    expect(refused).toBe('invalid');
    expect(run(refused, { type: 'edited' })).toBe('dirty');
  });

  it('a copy restored from this device is unsaved', () => {
    expect(run('saved', { type: 'restored' })).toBe('dirty');
  });

  it('no second save starts while one is on its way', () => {
    expect(canStartSave('saving')).toBe(false);
    expect(run('saving', { type: 'saveStarted' })).toBe('saving');
  });
});
