import { liveStateText, severityWords } from './day-words';

describe('liveStateText', () => {
  const base = { rotation: 1, rotationEndsAt: '2026-03-10T15:22:00.000Z', nextRotationStartsAt: '2026-03-10T15:24:00.000Z' };
  it('says where the day stands, in the reader’s zone', () => {
    expect(liveStateText({ ...base, state: 'rotation' }, 4, 'America/Chicago')).toBe(
      'Rotation 2 of 4 is running; it ends at 10:22.',
    );
    expect(liveStateText({ ...base, state: 'gap' }, 4, 'UTC')).toBe(
      'Gap after rotation 2 of 4: candidates are moving; the next rotation starts at 15:24.',
    );
    expect(liveStateText({ ...base, rotation: null, state: 'before' }, 4, 'UTC')).toBe(
      'Not started yet: the first rotation starts at 15:24.',
    );
    expect(liveStateText({ ...base, state: 'after' }, 4, 'UTC')).toBe('The day is over: every rotation has run.');
  });
});

describe('severityWords', () => {
  it('calls a negative severity harder and a positive one more generous', () => {
    expect(severityWords(-0.8, 6)).toBe('Harder than the other interviewers: 0.80 points lower on average over 6 scores.');
    expect(severityWords(1.25, 1)).toBe('More generous than the other interviewers: 1.25 points higher on average over 1 score.');
  });

  it('calls a small deviation in line, and says when there is nothing to compare', () => {
    expect(severityWords(0.1, 4)).toBe('In line with the other interviewers (+0.10 points over 4 scores).');
    expect(severityWords(null, 0)).toMatch(/^Nothing to compare yet/);
  });
});
