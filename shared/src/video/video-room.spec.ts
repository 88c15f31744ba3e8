import { MINUTE, noShowCheckAt } from '../scheduling/booking-rules.js';
import {
  seenDuringSession,
  sessionIdFromVideoRoom,
  takesPart,
  videoRoomName,
  videoRoomRefusal,
  videoTokenExpiry,
} from './video-room.js';

describe('video room rules', () => {
  const start = Date.parse('2026-03-02T15:00:00Z');
  const session = {
    status: 'scheduled' as const,
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 30 * MINUTE).toISOString(),
  };

  it('names one room per session and reads the session back from it', () => {
    const id = '3f1c2a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b';
    expect(videoRoomName(id)).toBe(`rounds-session-${id}`);
    expect(sessionIdFromVideoRoom(videoRoomName(id))).toBe(id);
    expect(sessionIdFromVideoRoom('standup')).toBeNull();
    expect(sessionIdFromVideoRoom(`rounds-session-${id}-extra`)).toBeNull();
  });

  it('opens ten minutes before the start and closes at the scheduled end', () => {
    expect(videoRoomRefusal(session, start - 11 * MINUTE)).toMatch(
      /opens 10 minutes before the start, at 2026-03-02T14:50:00.000Z/,
    );
    expect(videoRoomRefusal(session, start - 10 * MINUTE)).toBeNull();
    expect(videoRoomRefusal(session, start + 29 * MINUTE)).toBeNull();
    expect(videoRoomRefusal(session, start + 30 * MINUTE)).toMatch(/time is over/);
    expect(videoRoomRefusal({ ...session, status: 'live' }, start)).toBeNull();
  });

  it('stays closed to cancelled, completed and no-show sessions, saying which', () => {
    expect(videoRoomRefusal({ ...session, status: 'cancelled' }, start)).toMatch(/cancelled/);
    expect(videoRoomRefusal({ ...session, status: 'completed' }, start)).toMatch(/ended/);
    expect(videoRoomRefusal({ ...session, status: 'no_show' }, start)).toMatch(/no-show/);
  });

  it('lets tokens live five minutes past the end and checks for no-shows ten minutes after the start', () => {
    expect(videoTokenExpiry(session.endsAt)).toBe(start + 35 * MINUTE);
    expect(noShowCheckAt(start)).toBe(start + 10 * MINUTE);
  });

  it('counts interviewers and candidates as taking part, not observers', () => {
    expect([takesPart('interviewer'), takesPart('candidate'), takesPart('observer')]).toEqual([true, true, false]);
  });

  it('sees someone at the session only from its start on: an earlier visit was an equipment check', () => {
    const at = (minutes: number) => new Date(start + minutes * MINUTE).toISOString();
    expect(seenDuringSession(undefined, session)).toBeNull();
    expect(seenDuringSession({ joinedAt: at(-35), leftAt: at(-30) }, session)).toBeNull();
    expect(seenDuringSession({ joinedAt: at(-35), leftAt: at(2) }, session)).toEqual({
      firstJoinedAt: start - 35 * MINUTE,
      lastLeftAt: start + 2 * MINUTE,
    });
    expect(seenDuringSession({ joinedAt: at(-5), leftAt: null }, session)).toEqual({
      firstJoinedAt: start - 5 * MINUTE,
      lastLeftAt: null,
    });
  });
});
