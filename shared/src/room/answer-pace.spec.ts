import { answerPace, answerPaceAnnouncement, answerPaceText, answerPaceThresholds, answerTargetSeconds } from './answer-pace.js';

describe('answer pacing with extra time', () => {
  it('stretches the answer target by the candidate’s multiplier, in whole seconds', () => {
    expect(answerTargetSeconds(120, 1)).toBe(120);
    expect(answerTargetSeconds(120, 1.5)).toBe(180);
    expect(answerTargetSeconds(90, 1.25)).toBe(113);
    expect(answerTargetSeconds(45, 2)).toBe(90);
  });

  it('moves both pacing thresholds with the multiplier', () => {
    expect(answerPaceThresholds(1)).toEqual({ goodFrom: 60, longAfter: 120 });
    expect(answerPaceThresholds(1.5)).toEqual({ goodFrom: 90, longAfter: 180 });
    expect([59, 60, 120, 121].map((s) => answerPace(s))).toEqual(['building', 'good', 'good', 'long']);
    expect([89, 90, 180, 181].map((s) => answerPace(s, 1.5))).toEqual(['building', 'good', 'good', 'long']);
    expect(answerPace(100, 2)).toBe('building');
  });

  it('says the thresholds in words for whole minutes and as clocks otherwise', () => {
    expect(answerPaceText('building')).toBe('Under a minute: give the context and what you did');
    expect(answerPaceText('good')).toBe('One to two minutes: a good length');
    expect(answerPaceText('long')).toBe('Over two minutes: time to wrap up');
    expect(answerPaceText('good', 2)).toBe('Two to four minutes: a good length');
    expect(answerPaceText('building', 1.5)).toBe('Under 1:30: give the context and what you did');
    expect(answerPaceText('good', 1.5)).toBe('1:30 to 3:00: a good length');
    expect(answerPaceText('long', 1.25)).toBe('Over 2:30: time to wrap up');
    expect(answerPaceAnnouncement('good', 1.5)).toBe('Answer at 1:30: a good length now.');
    expect(answerPaceAnnouncement('long')).toBe('Answer at two minutes: time to wrap up.');
  });

  it('follows the question’s own target: a 30-second pitch and a five-minute story', () => {
    expect(answerPaceThresholds(1, 30)).toEqual({ goodFrom: 15, longAfter: 30 });
    expect([14, 15, 30, 31].map((s) => answerPace(s, 1, 30))).toEqual(['building', 'good', 'good', 'long']);
    expect(answerPaceText('building', 1, 30, 'opening')).toBe('Under 0:15: say who you are and where you are heading');
    expect(answerPaceText('long', 1, 30)).toBe('Over 0:30: time to wrap up');
    expect(answerPace(150, 1, 300)).toBe('good');
    expect(answerPaceText('good', 1, 300)).toBe('One to five minutes: a good length');
    expect(answerPaceText('building', 1, 180, 'informational')).toBe('Under a minute: ask, then listen and follow up');
  });
});
