import { describe, expect, it } from 'vitest';
import { StorageWriter } from '../../src/background/storage-writer.ts';
import type { SessionArea } from '../../src/platform/adapters.ts';
import { FakeSessionArea, facts } from './fakes.ts';

const META = { tabId: 7, pageUrl: null, firstKeptSeq: 0 } as const;

describe('StorageWriter: persisting', () => {
  it('writes what was put and removes what was removed, in batches while a write is under way', async () => {
    const area = new FakeSessionArea();
    const writer = new StorageWriter(area, 'i', () => false);
    writer.put('a', META);
    writer.flush();
    expect(writer.busy).toBe(true);
    writer.put('b', META);
    writer.remove('a');
    writer.flush();
    await writer.settled();
    expect([...area.items.keys()]).toEqual(['b']);
    expect(area.writes).toBe(2);
  });

  it('journals an event at once, under a key ordered by instance and arrival', () => {
    const area = new FakeSessionArea();
    const writer = new StorageWriter(area, '000000000000001-x', () => false);
    const first = writer.journal({ type: 'request', facts: facts('1', 'https://a.example/'), body: { kind: 'unknown' } });
    const second = writer.journal({ type: 'failed', facts: facts('1', 'https://a.example/') });
    expect(first < second).toBe(true);
    expect(area.keysStartingWith('crumbtrail/journal/000000000000001-x/')).toEqual([first, second]);
  });

  it('asks to make room when a write fails, tries again, and gives the batch up when nothing is left to give', async () => {
    let fails = 2;
    const area: SessionArea = {
      readAll: async () => ({}),
      write: async () => {
        if (fails > 0) throw new Error('QUOTA_BYTES quota exceeded');
      },
    };
    const failing: SessionArea = { ...area, write: async (set, remove) => { fails -= 1; return area.write(set, remove); } };
    let asked = 0;
    const writer = new StorageWriter(failing, 'i', () => {
      asked += 1;
      return asked < 5;
    });
    writer.put('a', META);
    writer.flush();
    await writer.settled();
    expect(asked).toBe(1);
    const hopeless = new StorageWriter({ readAll: async () => ({}), write: async () => { throw new Error('quota'); } }, 'i', () => false);
    hopeless.put('a', META);
    hopeless.flush();
    await hopeless.settled();
    expect(hopeless.busy).toBe(false);
  });
});
