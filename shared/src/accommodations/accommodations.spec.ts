import {
  accommodationBadges,
  accommodationsSchema,
  NO_ACCOMMODATIONS,
  partnerAccommodationsOf,
  withExtraTime,
} from './accommodations.js';

describe('accommodations', () => {
  it('accepts the four settings with a known multiplier, and nothing else', () => {
    const valid = { extraTime: 1.5, audioOnly: true, reducedMotion: false, timerAnnouncements: true };
    expect(accommodationsSchema.parse(valid)).toEqual(valid);
    for (const extraTime of [0, 0.5, 1.1, 3, '1.5', null]) {
      const result = accommodationsSchema.safeParse({ ...valid, extraTime });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].message).toBe('must be one of: 1, 1.25, 1.5, 2');
    }
    expect(accommodationsSchema.safeParse({ ...valid, reason: 'dyslexia' }).success).toBe(false);
    expect(accommodationsSchema.safeParse({ ...valid, audioOnly: 'yes' }).success).toBe(false);
  });

  it('shows a partner only that extra time or audio-only applies', () => {
    expect(accommodationBadges(partnerAccommodationsOf(NO_ACCOMMODATIONS))).toEqual([]);
    const granted = { extraTime: 1.5 as const, audioOnly: true, reducedMotion: true, timerAnnouncements: true };
    expect(partnerAccommodationsOf(granted)).toEqual({ extraTime: 1.5, audioOnly: true });
    expect(accommodationBadges(partnerAccommodationsOf(granted))).toEqual(['extra time ×1.5', 'audio only']);
  });

  it('stretches a length of time by the multiplier', () => {
    expect(withExtraTime(60, 1.25)).toBe(75);
    expect(withExtraTime(100, 1)).toBe(100);
  });
});
