import type { Session } from '@rounds/shared';
import { liveNow, noShowsToReview } from './coordinator-now';

const NOW = Date.UTC(2026, 2, 10, 12, 0);
const minutes = (m: number) => new Date(NOW + m * 60_000).toISOString();

function session(id: string, start: number, end: number, status: Session['status'], noShow = false): Session {
  return {
    id,
    cohortId: null,
    kind: 'mentor_interview',
    track: 'residency_fellowship',
    personas: [],
    startsAt: minutes(start),
    endsAt: minutes(end),
    status,
    statusReason: null,
    participants: [{ userId: 'u1', displayName: 'Ana', timeZone: 'UTC', role: 'candidate', noShow }],
    scriptSnapshotId: null,
    calendarSequence: 0,
    instant: false,
    interviewDay: null,
  };
}

describe('liveNow', () => {
  it('keeps sessions marked live and scheduled ones inside their time', () => {
    const sessions = [
      session('live', -5, 25, 'live'),
      session('running', -1, 29, 'scheduled'),
      session('later', 10, 40, 'scheduled'),
      session('over', -60, -30, 'scheduled'),
    ];
    expect(liveNow(sessions, NOW).map((s) => s.id)).toEqual(['live', 'running']);
  });
});

describe('noShowsToReview', () => {
  it('keeps the last two weeks’ sessions with someone absent, latest first', () => {
    const day = 24 * 60;
    const sessions = [
      session('old', -15 * day, -15 * day + 30, 'no_show', true),
      session('week', -7 * day, -7 * day + 30, 'no_show', true),
      session('yesterday', -day, -day + 30, 'completed', true),
      session('attended', -day, -day + 30, 'completed'),
    ];
    expect(noShowsToReview(sessions, NOW).map((s) => s.id)).toEqual(['yesterday', 'week']);
  });
});
