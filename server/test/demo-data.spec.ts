import { routes } from '@rounds/shared';
import { DEMO_COHORT_NAME, DEMO_PEOPLE, DemoDataService } from '../src/demo/demo-data.service.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'true', NODE_ENV: 'development' });
  });
  afterAll(() => t.close());

  it('seeds one cohort with a coordinator, two mentors and four candidates, who can sign in', async () => {
    const emails = DEMO_PEOPLE.map((person) => person.email);
    expect(emails).toEqual([
      'coordinator@demo.test',
      'mentor1@demo.test',
      'mentor2@demo.test',
      'candidate1@demo.test',
      'candidate2@demo.test',
      'candidate3@demo.test',
      'candidate4@demo.test',
    ]);
    const coordinator = t.client();
    const login = await coordinator.call(routes.login, {
      body: { email: 'coordinator@demo.test', password: t.config.demoPassword },
    });
    expect(login.status).toBe(200);
    expect(login.body.roles).toEqual(['coordinator']);
    const [cohort] = (await coordinator.call(routes.listCohorts)).body;
    expect(cohort).toMatchObject({ name: DEMO_COHORT_NAME, memberCount: 7, myRoles: ['coordinator'] });
    const members = (await coordinator.call(routes.listMembers, { params: { cohortId: cohort.id } })).body;
    expect(members.filter((m) => m.role === 'mentor')).toHaveLength(2);
    expect(members.filter((m) => m.role === 'candidate')).toHaveLength(4);
  });

  it('gives the demo candidates mentor slots to book straight away', async () => {
    const candidate = t.client();
    await candidate.call(routes.login, { body: { email: 'candidate1@demo.test', password: t.config.demoPassword } });
    const [cohort] = (await candidate.call(routes.listCohorts)).body;
    const slots = await candidate.call(routes.proposeSlots, {
      query: { cohortId: cohort.id, kind: 'mentor_interview', track: 'residency_fellowship', persona: 'program_director' },
    });
    expect(slots.status).toBe(200);
    expect(slots.body.length).toBeGreaterThan(0);
    expect(slots.body[0].partner.displayName).toBe('Dr. Priya Raman');
  });

  it('never seeds twice or into a database that has accounts', async () => {
    expect(await t.app.get(DemoDataService).seedIfEmpty()).toBe(false);
    expect((await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM users'))[0].n).toBe(DEMO_PEOPLE.length);
  });
});

describe('demo data in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', SESSION_SECRET: 'a-production-secret-of-at-least-32-characters' });
  });
  afterAll(() => t.close());

  it('is never seeded', async () => {
    expect(t.config.demoData).toBe(false);
    expect((await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM users'))[0].n).toBe(0);
  });
});
