import { NO_ACCOMMODATIONS, routes, type Accommodations } from '@rounds/shared';
import { addToCohort, newCohort, newUser, type TestPerson } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Accommodations on a person's profile: the person sets their own, a coordinator of their cohort grants them,
 * nobody else sees or changes them, and bad input changes nothing.
 */
describe('accommodations', () => {
  let t: TestApp;
  let coordinator: TestPerson;
  let cohortId: string;
  let ana: TestPerson;

  const GRANTED: Accommodations = { extraTime: 1.5, audioOnly: true, reducedMotion: false, timerAnnouncements: true };

  beforeAll(async () => {
    t = await startTestApp();
    ({ coordinator, cohortId } = await newCohort(t));
    ana = await newUser(t, { displayName: 'Ana' });
    await addToCohort(t, cohortId, ana, 'candidate');
  });
  afterAll(() => t?.close());

  const stored = async (person: TestPerson) =>
    (
      await t.sql(`SELECT extra_time, audio_only, reduced_motion, timer_announcements FROM users WHERE id = $1`, [person.user.id])
    )[0];

  async function reset(person: TestPerson) {
    const back = await person.client.call(routes.updateAccommodations, {
      params: { userId: person.user.id },
      body: NO_ACCOMMODATIONS,
    });
    expect(back.status).toBe(200);
  }

  it('starts with none, and lets a person set their own (shown on their session user)', async () => {
    const mine = await ana.client.call(routes.getAccommodations, { params: { userId: ana.user.id } });
    expect(mine).toMatchObject({ status: 200, body: NO_ACCOMMODATIONS });
    const set = await ana.client.call(routes.updateAccommodations, { params: { userId: ana.user.id }, body: GRANTED });
    expect(set).toMatchObject({ status: 200, body: GRANTED });
    expect((await ana.client.call(routes.me)).body.accommodations).toEqual(GRANTED);
    expect(await stored(ana)).toEqual({ extra_time: 1.5, audio_only: true, reduced_motion: false, timer_announcements: true });
    await reset(ana);
  });

  it("lets a coordinator of the person's cohort grant them, and shows them on the coordinator's member list only", async () => {
    const granted = await coordinator.client.call(routes.updateAccommodations, {
      params: { userId: ana.user.id },
      body: { ...NO_ACCOMMODATIONS, extraTime: 2 },
    });
    expect(granted).toMatchObject({ status: 200, body: { extraTime: 2 } });
    expect((await ana.client.call(routes.getAccommodations, { params: { userId: ana.user.id } })).body.extraTime).toBe(2);

    const asCoordinator = await coordinator.client.call(routes.listMembers, { params: { cohortId } });
    expect(asCoordinator.body.find((m) => m.userId === ana.user.id)?.accommodations).toMatchObject({ extraTime: 2 });
    const asMember = await ana.client.call(routes.listMembers, { params: { cohortId } });
    expect(asMember.body.every((m) => m.accommodations === undefined)).toBe(true);
    await reset(ana);
  });

  it('refuses everyone else with 403, whether or not the person exists, changing nothing', async () => {
    const peer = await newUser(t, { displayName: 'Peer' });
    await addToCohort(t, cohortId, peer, 'candidate');
    const mentor = await newUser(t, { displayName: 'Mentor', roles: ['mentor'] });
    await addToCohort(t, cohortId, mentor, 'mentor');
    const elsewhere = await newCohort(t, 'Another cohort');
    const before = await stored(ana);
    for (const person of [peer, mentor, elsewhere.coordinator]) {
      const read = await person.client.call(routes.getAccommodations, { params: { userId: ana.user.id } });
      expect(read.status).toBe(403);
      const write = await person.client.call(routes.updateAccommodations, { params: { userId: ana.user.id }, body: GRANTED });
      expect(write.status).toBe(403);
      expect(write.contentType).toContain('application/problem+json');
      expect((write.body as unknown as { detail: string }).detail).toBe(
        'You can change accommodations only for yourself, or for candidates of a cohort you coordinate.',
      );
    }
    const nobody = await coordinator.client.call(routes.updateAccommodations, {
      params: { userId: '00000000-0000-4000-8000-000000000000' },
      body: GRANTED,
    });
    expect(nobody.status).toBe(403);
    expect((await t.client().call(routes.getAccommodations, { params: { userId: ana.user.id } })).status).toBe(401);
    expect(await stored(ana)).toEqual(before);
  });

  it('offers them for candidates only: not on a mentor’s or coordinator’s row, and a coordinator cannot set a mentor’s', async () => {
    const mentor = await newUser(t, { displayName: 'Mentor with needs', roles: ['mentor'] });
    await addToCohort(t, cohortId, mentor, 'mentor');
    const members = (await coordinator.client.call(routes.listMembers, { params: { cohortId } })).body;
    expect(members.filter((m) => m.accommodations !== undefined).map((m) => m.role)).toEqual(
      members.filter((m) => m.role === 'candidate').map(() => 'candidate'),
    );
    expect(members.some((m) => m.role !== 'candidate' && m.accommodations !== undefined)).toBe(false);
    const before = await stored(mentor);
    const refused = await coordinator.client.call(routes.updateAccommodations, {
      params: { userId: mentor.user.id },
      body: GRANTED,
    });
    expect(refused.status).toBe(403);
    expect((refused.body as unknown as { detail: string }).detail).toBe(
      'You can change accommodations only for yourself, or for candidates of a cohort you coordinate.',
    );
    expect(await stored(mentor)).toEqual(before);
    // The mentor still sets their own.
    expect(
      (await mentor.client.call(routes.updateAccommodations, { params: { userId: mentor.user.id }, body: GRANTED })).status,
    ).toBe(200);
    await reset(mentor);
  });

  it('refuses bad input with 400 naming the field, changing nothing', async () => {
    const before = await stored(ana);
    const cases: { body: unknown; field: string; message: RegExp }[] = [
      { body: { ...GRANTED, extraTime: 3 }, field: 'extraTime', message: /must be one of: 1, 1.25, 1.5, 2/ },
      { body: { ...GRANTED, extraTime: '1.5' }, field: 'extraTime', message: /must be one of/ },
      { body: { ...GRANTED, audioOnly: 'yes' }, field: 'audioOnly', message: /true or false/ },
      { body: { extraTime: 1.5 }, field: 'audioOnly', message: /./ },
      { body: { ...GRANTED, reason: 'a private reason' }, field: '', message: /reason/ },
    ];
    for (const { body, field, message } of cases) {
      const refused = await ana.client.call(routes.updateAccommodations, {
        params: { userId: ana.user.id },
        body: body as Accommodations,
      });
      expect(refused.status).toBe(400);
      expect(refused.contentType).toContain('application/problem+json');
      const problem = refused.body as unknown as { detail: string; errors: { field: string; message: string }[] };
      const named = problem.errors.find((error) => error.field === field) ?? problem.errors[0];
      expect(`${named.field} ${named.message} ${problem.detail}`).toMatch(message);
      if (field) expect(problem.errors.map((error) => error.field)).toContain(field);
    }
    const badId = await ana.client.call(routes.updateAccommodations, { params: { userId: 'not-a-uuid' }, body: GRANTED });
    expect(badId.status).toBeGreaterThanOrEqual(400);
    expect(badId.status).toBeLessThan(500);
    expect(await stored(ana)).toEqual(before);
  });
});
