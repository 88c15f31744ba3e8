import { updateAvailabilityRequestSchema, type Availability } from '@rounds/shared';
import { ApiError } from '../../lib/api';
import { draftFrom, errorsFromServer, requestFrom, spanText, validateDraft, type AvailabilityDraft } from './availability-draft';

const saved: Availability = {
  timeZone: 'Europe/London',
  windows: [
    { weekday: 1, start: '09:00', end: '12:00' },
    { weekday: 3, start: '18:00', end: '24:00' },
  ],
  exceptions: [
    { kind: 'blocked', date: '2026-04-06' },
    { kind: 'extra', date: '2026-04-11', start: '10:00', end: '24:00' },
  ],
  weeklyCapacity: 3,
};

function draftWith(patch: Partial<AvailabilityDraft>): AvailabilityDraft {
  return { ...draftFrom(saved), ...patch };
}

describe('draft and request', () => {
  it('shows midnight at the end of the day as 00:00 and sends it back as 24:00', () => {
    const draft = draftFrom(saved);
    expect(draft.windows.map(({ start, end }) => [start, end])).toEqual([
      ['09:00', '12:00'],
      ['18:00', '00:00'],
    ]);
    expect(draft.weeklyCapacity).toBe('3');
    expect(requestFrom(draft, true)).toEqual({
      windows: saved.windows,
      exceptions: saved.exceptions,
      weeklyCapacity: 3,
    });
  });

  it('gives every row its own key, so errors stay on their row', () => {
    const draft = draftFrom(saved);
    const keys = [...draft.windows, ...draft.exceptions].map((row) => row.key);
    expect(new Set(keys).size).toBe(4);
  });

  it('leaves capacity out for people who are not mentors, and drops times from a day off', () => {
    const draft = draftWith({ exceptions: [{ key: 'x', kind: 'blocked', date: '2026-04-06', start: '09:00', end: '10:00' }] });
    const request = requestFrom(draft, false);
    expect(request).not.toHaveProperty('weeklyCapacity');
    expect(request.exceptions).toEqual([{ kind: 'blocked', date: '2026-04-06' }]);
    expect(updateAvailabilityRequestSchema.safeParse(request).success).toBe(true);
  });

  it('writes a span ending at midnight the way the server does', () => {
    expect(spanText('18:00', '00:00')).toBe('18:00–24:00');
  });
});

describe('validateDraft', () => {
  it('accepts what the server saved', () => {
    expect(validateDraft(draftFrom(saved), true)).toBeNull();
  });

  it('asks for missing times and an end after the start', () => {
    const errors = validateDraft(
      draftWith({
        windows: [
          { key: 'a', weekday: 2, start: '', end: '10:00' },
          { key: 'b', weekday: 2, start: '15:00', end: '14:00' },
        ],
      }),
      false,
    );
    expect(errors?.windows.a).toEqual({ start: 'is required' });
    expect(errors?.windows.b?.end).toMatch(/^must be after the start/);
    expect(errors?.form).not.toBeNull();
  });

  it('names the earlier window a row overlaps, on its weekday only', () => {
    const errors = validateDraft(
      draftWith({
        windows: [
          { key: 'a', weekday: 2, start: '09:00', end: '12:00' },
          { key: 'b', weekday: 4, start: '10:00', end: '11:00' },
          { key: 'c', weekday: 2, start: '11:00', end: '13:00' },
        ],
      }),
      false,
    );
    expect(Object.keys(errors?.windows ?? {})).toEqual(['c']);
    expect(errors?.windows.c?.row).toBe('Overlaps 09:00–12:00 on Tuesday: join them into one window or change the times.');
  });

  it('refuses the same day off twice and a capacity outside 0–40', () => {
    const errors = validateDraft(
      draftWith({
        exceptions: [
          { key: 'a', kind: 'blocked', date: '2026-04-06', start: '', end: '' },
          { key: 'b', kind: 'blocked', date: '2026-04-06', start: '', end: '' },
        ],
        weeklyCapacity: '41',
      }),
      true,
    );
    expect(errors?.exceptions.b?.row).toBe('This day is already marked as a day off.');
    expect(errors?.exceptions.a).toBeUndefined();
    expect(errors?.weeklyCapacity).toBe('must be a whole number from 0 to 40');
  });

  it('ignores a capacity it does not send', () => {
    expect(validateDraft(draftWith({ weeklyCapacity: 'lots' }), false)).toBeNull();
  });
});

describe('errorsFromServer', () => {
  it('puts field errors on their rows and rewrites row numbers as the times they name', () => {
    const draft = draftFrom(saved);
    const error = new ApiError(400, 'Check the fields.', {
      'windows.1.start': 'must be a time',
      'windows.1': 'overlaps window 1 on the same weekday',
      timeZone: 'is not a zone',
    });
    const errors = errorsFromServer(error, draft);
    const second = draft.windows[1].key;
    expect(errors.windows[second]?.start).toBe('must be a time');
    expect(errors.windows[second]?.row).toContain('the window 09:00–12:00');
    expect(errors.form).toContain('is not a zone');
  });

  it('says something went wrong when the failure is not the server answering', () => {
    expect(errorsFromServer(new TypeError('Failed to fetch'), draftFrom(saved)).form).toBe(
      'Something unexpected went wrong. Please try again.',
    );
  });
});
