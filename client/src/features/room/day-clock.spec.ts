import type { RoomDayContext } from '@rounds/shared';
import { readDayClock, roomPath } from './day-clock';

const at = (time: string) => Date.parse(`2026-03-10T${time}Z`);

const day: RoomDayContext = {
  dayId: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
  title: 'Interview day',
  stationName: 'Station 1: ethics',
  rotation: 0,
  rotationCount: 2,
  rotationEndsAt: '2026-03-10T09:10:00.000Z',
  oneMinuteWarningAt: '2026-03-10T09:09:00.000Z',
  next: {
    sessionId: '0b1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
    stationName: 'Station 2: teamwork',
    startsAt: '2026-03-10T09:12:00.000Z',
  },
};

describe('readDayClock', () => {
  it('counts the rotation down, without the warning before its minute', () => {
    expect(readDayClock(day, 'candidate', at('09:05:00'))).toEqual({ stage: 'rotation', remainingSeconds: 300, warning: false });
  });

  it('warns from one minute before the rotation ends', () => {
    expect(readDayClock(day, 'candidate', at('09:09:00'))).toEqual({ stage: 'rotation', remainingSeconds: 60, warning: true });
    expect(readDayClock(day, 'interviewer', at('09:09:59.500'))).toMatchObject({ remainingSeconds: 1, warning: true });
  });

  it('sends the person to the waiting screen at the rotation end, counting down to the next station', () => {
    expect(readDayClock(day, 'candidate', at('09:10:00'))).toEqual({ stage: 'gap', next: day.next, secondsToNext: 120 });
    expect(readDayClock(day, 'interviewer', at('09:11:59.200'))).toMatchObject({ stage: 'gap', secondsToNext: 1 });
  });

  it('says go once the next station has started', () => {
    expect(readDayClock(day, 'candidate', at('09:12:00'))).toEqual({ stage: 'go', next: day.next });
    expect(readDayClock(day, 'candidate', at('09:30:00'))).toEqual({ stage: 'go', next: day.next });
  });

  it('ends the station early when its room has ended', () => {
    expect(readDayClock(day, 'candidate', at('09:06:00'), true)).toEqual({ stage: 'gap', next: day.next, secondsToNext: 360 });
  });

  it('is done after the last station', () => {
    expect(readDayClock({ ...day, next: null }, 'candidate', at('09:10:00'))).toEqual({ stage: 'done' });
    expect(readDayClock({ ...day, next: null }, 'candidate', at('09:09:30'))).toMatchObject({ stage: 'rotation', warning: true });
  });

  it('keeps observers in the room, its clock at zero once the rotation is over', () => {
    expect(readDayClock({ ...day, next: null }, 'observer', at('09:15:00'), true)).toEqual({
      stage: 'rotation',
      remainingSeconds: 0,
      warning: true,
    });
  });
});

describe('roomPath', () => {
  it('is the session room route', () => {
    expect(roomPath('abc')).toBe('/sessions/abc/room');
  });
});
