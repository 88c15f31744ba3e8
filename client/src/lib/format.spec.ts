import { formatDate, formatDateTime, formatDayMonth, timeOfDay } from './format';

describe('dates and times on every page', () => {
  const late = '2026-12-07T21:50:00.000Z';

  it('shows an instant in the profile zone, on a 24-hour clock, whatever the browser runs in', () => {
    expect(formatDateTime(late, 'America/New_York')).toBe('Mon 7 Dec 2026, 16:50');
    expect(timeOfDay(late, 'America/New_York')).toBe('16:50');
    expect(timeOfDay(late, 'Africa/Lagos')).toBe('22:50');
  });

  it('puts the day where the reader lives: a chart axis and a table agree on it', () => {
    expect(formatDateTime(late, 'Asia/Kolkata')).toBe('Tue 8 Dec 2026, 03:20');
    expect(formatDate(late, 'Asia/Kolkata')).toBe('8 Dec 2026');
    expect(formatDayMonth(late, 'Asia/Kolkata')).toBe('8 Dec');
    expect(formatDayMonth(late, 'America/New_York')).toBe('7 Dec');
  });

  it('falls back to UTC for a zone the runtime does not know', () => {
    expect(timeOfDay(late, 'Mars/Olympus_Mons')).toBe('21:50');
  });
});
