import { clientEvents, serverEvents } from './events.js';
import { isSocketFailure, socketAckSchema } from './socket-errors.js';

const cohortId = '5b0c1d7e-2f4a-4b6c-8d9e-0a1b2c3d4e5f';

describe('practice:join payload', () => {
  const schema = clientEvents['practice:join'].payload;

  it('accepts a cohort, track and level', () => {
    expect(schema.parse({ cohortId, track: 'healthcare_job', level: 'mid' })).toEqual({
      cohortId,
      track: 'healthcare_job',
      level: 'mid',
    });
  });

  it('names each bad field in plain words, and refuses unknown fields', () => {
    const result = schema.safeParse({ cohortId: 'nope', track: 'surgery', level: 'mid', extra: 1 });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['cohortId', 'must be a UUID'],
        ['track', 'must be one of: residency_fellowship, healthcare_job, informational'],
        ['', expect.stringContaining('extra')],
      ]),
    );
    expect(schema.safeParse(undefined).success).toBe(false);
  });
});

describe('acknowledgements', () => {
  it('carry the result or { error: { code, message } }', () => {
    const ack = socketAckSchema(clientEvents['practice:join'].result);
    const ticketId = '0d7c8a55-1b2c-4d3e-8f9a-0b1c2d3e4f5a';
    expect(ack.parse({ ticketId, position: 1 })).toEqual({ ticketId, position: 1 });
    const failure = { error: { code: 'ALREADY_WAITING', message: 'You are already waiting.' } };
    expect(ack.parse(failure)).toEqual(failure);
    expect(isSocketFailure(failure)).toBe(true);
    expect(isSocketFailure({ ticketId, position: 1 })).toBe(false);
    expect(ack.safeParse({ error: { code: 'NOPE', message: 'x' } }).success).toBe(false);
  });
});

describe('practice:matched', () => {
  it('points at the session page and its room, on this origin', () => {
    const sessionId = '7e57a11c-0000-4000-8000-000000000001';
    const base = {
      ticketId: sessionId,
      sessionId,
      partner: { userId: sessionId, displayName: 'Dr. Ada', timeZone: 'Asia/Kolkata' },
      startsAt: '2026-03-02T15:00:00.000Z',
      endsAt: '2026-03-02T15:30:00.000Z',
    };
    const paths = { joinPath: `/sessions/${sessionId}`, roomPath: `/sessions/${sessionId}/room` };
    expect(serverEvents['practice:matched'].safeParse({ ...base, ...paths }).success).toBe(true);
    expect(
      serverEvents['practice:matched'].safeParse({ ...base, ...paths, joinPath: 'https://elsewhere.example/' }).success,
    ).toBe(false);
    expect(serverEvents['practice:matched'].safeParse({ ...base, ...paths, roomPath: `/sessions/${sessionId}` }).success).toBe(
      false,
    );
  });
});
