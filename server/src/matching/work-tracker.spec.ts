import { Logger } from '@nestjs/common';
import { WorkTracker } from './work-tracker.js';

/** A promise the test resolves when it chooses. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

const tracker = () => new WorkTracker(new Logger('WorkTrackerSpec'), 'work failed');

describe('WorkTracker', () => {
  it('runs one more round, not a second one alongside, however often it is asked meanwhile', async () => {
    const work = tracker();
    const first = gate();
    let running = 0;
    let mostAtOnce = 0;
    let rounds = 0;
    const round = async () => {
      rounds += 1;
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      if (rounds === 1) await first.opened;
      running -= 1;
    };
    work.repeatWhileAsked('scope', round);
    work.repeatWhileAsked('scope', round);
    work.repeatWhileAsked('scope', round);
    first.open();
    await work.settled();
    expect({ rounds, mostAtOnce }).toEqual({ rounds: 2, mostAtOnce: 1 });
  });

  it('keeps rounds of different keys apart', async () => {
    const work = tracker();
    const seen: string[] = [];
    work.repeatWhileAsked('a', async () => void seen.push('a'));
    work.repeatWhileAsked('b', async () => void seen.push('b'));
    await work.settled();
    expect(seen.sort()).toEqual(['a', 'b']);
  });

  it('settles only after the work that running work started', async () => {
    const work = tracker();
    const later = gate();
    let finished = false;
    work.background(
      (async () => {
        await Promise.resolve();
        work.background(later.opened.then(() => (finished = true)));
      })(),
    );
    const settled = work.settled().then(() => finished);
    later.open();
    await expect(settled).resolves.toBe(true);
  });

  it('hands a request its own failure and still settles', async () => {
    const work = tracker();
    await expect(work.request(async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    await expect(work.settled()).resolves.toBeUndefined();
  });

  it('once closed, waits for what runs and starts no further round', async () => {
    const work = tracker();
    const inFlight = gate();
    let rounds = 0;
    work.repeatWhileAsked('scope', async () => {
      rounds += 1;
      await inFlight.opened;
    });
    work.repeatWhileAsked('scope', async () => void (rounds += 1));
    const closed = work.close();
    expect(work.closing).toBe(true);
    work.repeatWhileAsked('other', async () => void (rounds += 1));
    inFlight.open();
    await closed;
    expect(rounds).toBe(1);
  });
});
