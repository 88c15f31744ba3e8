import { levelExpectationsFor, routes, type QuestionContent, type ScriptInput } from '@rounds/shared';
import { DataSource } from 'typeorm';
import { BuiltInContentService } from '../src/questions/built-in-content.service.js';
import { ScriptsService } from '../src/questions/scripts.service.js';
import type { ApiClient } from './support/api-client.js';
import { tableChecksums } from './support/database-checksum.js';
import { addToCohort, newCohort, newUser, type TestPerson } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const ownQuestion: QuestionContent = {
  family: 'behavioural',
  prompt: 'Describe a time a handoff between shifts went wrong. What did you change afterwards?',
  assesses: 'Whether the candidate fixes the process, not only their own habits.',
  probes: ['Who else did you involve?', 'How did you know the change worked?'],
  frameworkHint: 'STAR, ending with what changed in the system.',
  competencies: ['structure', 'systems_thinking'],
  tracks: ['residency_fellowship'],
  personas: ['program_director', 'faculty'],
  levelExpectations: {},
  targetSeconds: 120,
};

describe('question bank and scripts', () => {
  let t: TestApp;
  let coordinator: TestPerson;
  let cohortId: string;
  let mentor: TestPerson;
  let candidate: TestPerson;

  beforeAll(async () => {
    t = await startTestApp();
    ({ coordinator, cohortId } = await newCohort(t));
    mentor = await newUser(t, { roles: ['mentor'] });
    candidate = await newUser(t, { roles: ['candidate'] });
    await addToCohort(t, cohortId, mentor, 'mentor');
    await addToCohort(t, cohortId, candidate, 'candidate');
  });
  afterAll(() => t.close());

  const count = async (table: string) => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const builtInId = async (key: string) =>
    (await t.sql<{ id: string }>(`SELECT id FROM questions WHERE built_in_key = $1`, [key]))[0].id;
  const builtInScriptId = async (key: string) =>
    (await t.sql<{ id: string }>(`SELECT id FROM scripts WHERE built_in_key = $1`, [key]))[0].id;
  const anyBuiltInQuestions = async (n: number) =>
    (
      await t.sql<{ id: string }>(`SELECT id FROM questions WHERE built_in_key IS NOT NULL ORDER BY built_in_key LIMIT $1`, [n])
    ).map((r) => r.id);

  describe('built-in content', () => {
    it('loads at start-up: 60+ questions and a default script per track and persona', async () => {
      expect(await count('questions')).toBeGreaterThanOrEqual(60);
      const scripts = await mentor.client.call(routes.listScripts, { query: {} });
      expect(scripts.status).toBe(200);
      const builtIns = scripts.body.filter((s) => s.builtIn);
      // The default for each pair is keyed "track.persona"; variants (for international graduates) add a suffix.
      expect(
        builtIns
          .filter((s) => s.key === `${s.track}.${s.persona}`)
          .map((s) => s.key)
          .sort(),
      ).toEqual([
        'healthcare_job.hiring_manager',
        'healthcare_job.panel',
        'informational.professional',
        'residency_fellowship.faculty',
        'residency_fellowship.fellow',
        'residency_fellowship.informatics_partner',
        'residency_fellowship.mmi_station',
        'residency_fellowship.program_director',
      ]);
      const variants = builtIns.filter((s) => s.key !== `${s.track}.${s.persona}`).map((s) => s.key!);
      expect(variants).toEqual(
        expect.arrayContaining([
          'residency_fellowship.faculty.img',
          'residency_fellowship.fellow.img',
          'residency_fellowship.program_director.img',
          'residency_fellowship.program_director.informatics-fellowship',
          'healthcare_job.hiring_manager.clinical-analyst',
        ]),
      );
      expect(variants.filter((key) => key.startsWith('residency_fellowship.mmi_station.')).length).toBeGreaterThanOrEqual(11);
      // Slots that can be run: stations 5–12 minutes, residency and fellowship 15–20, other interviews 20–30; each names what it scores.
      for (const script of builtIns) {
        const [min, max] =
          script.persona === 'mmi_station' ? [5, 12] : script.track === 'residency_fellowship' ? [15, 20] : [20, 30];
        const fits = script.totalMinutes >= min && script.totalMinutes <= max;
        expect(fits ? 'fits' : `${script.key} runs ${script.totalMinutes} minutes`).toBe('fits');
        expect(script.competencies?.length).toBeGreaterThanOrEqual(3);
      }
    });

    it('carries the informational role card into the script view and its snapshot', async () => {
      const id = await builtInScriptId('informational.professional');
      const detail = await candidate.client.call(routes.getScript, { params: { scriptId: id } });
      expect(detail.body.roleCard?.background.length).toBeGreaterThan(0);
      expect(detail.body.roleCard?.timekeeping).toMatch(/minute/);
      const frozen = await t.app
        .get(DataSource)
        .transaction((manager) => t.app.get(ScriptsService).snapshot(manager, id, cohortId));
      expect(frozen.roleCard).toEqual(detail.body.roleCard);
      // Scripts without a card say nothing about one.
      const other = await mentor.client.call(routes.getScript, {
        params: { scriptId: await builtInScriptId('healthcare_job.panel') },
      });
      expect(other.body).not.toHaveProperty('roleCard');
    });

    it('carries the skeptical mode into the script list and its snapshot; other scripts have none', async () => {
      const id = await builtInScriptId('residency_fellowship.faculty.skeptical');
      const detail = await mentor.client.call(routes.getScript, { params: { scriptId: id } });
      expect(detail.body.mode).toBe('skeptical');
      const frozen = await t.app
        .get(DataSource)
        .transaction((manager) => t.app.get(ScriptsService).snapshot(manager, id, cohortId));
      expect(frozen.mode).toBe('skeptical');
      const faculty = await mentor.client.call(routes.getScript, {
        params: { scriptId: await builtInScriptId('residency_fellowship.faculty') },
      });
      expect(faculty.body).not.toHaveProperty('mode');
      // The variant is the default slot with the mode on: the same questions.
      expect(detail.body.sections.map((s) => s.questions.map((q) => q.id))).toEqual(
        faculty.body.sections.map((s) => s.questions.map((q) => q.id)),
      );
    });

    it('is idempotent, and a changed built-in becomes a new version', async () => {
      const sync = t.app.get(BuiltInContentService);
      const questions = await count('questions');
      const versions = await count('question_versions');
      expect(await sync.sync()).toEqual({ created: 0, versioned: 0, retired: 0 });
      expect(await count('questions')).toBe(questions);
      expect(await count('question_versions')).toBe(versions);

      // As if the database held last release's wording of one question.
      const id = await builtInId('opening.tell-me-about-yourself');
      await t.sql(
        `UPDATE question_versions SET content = jsonb_set(content, '{prompt}', '"Older wording"'), content_hash = 'old' WHERE question_id = $1`,
        [id],
      );
      expect(await sync.sync()).toMatchObject({ versioned: 1, created: 0 });
      const history = await t.sql<{ version: number; prompt: string }>(
        `SELECT version, content->>'prompt' AS prompt FROM question_versions WHERE question_id = $1 ORDER BY version`,
        [id],
      );
      expect(history.map((h) => h.version)).toEqual([1, 2]);
      expect(history[0].prompt).toBe('Older wording');
      expect(history[1].prompt).not.toBe('Older wording');
    });
  });

  describe('browsing and role-aware views', () => {
    it('filters by track, persona, family, competency, level and text', async () => {
      const call = (query: Record<string, string>) => mentor.client.call(routes.listQuestions, { query });
      const informational = await call({ track: 'informational' });
      expect(informational.status).toBe(200);
      expect(informational.body.length).toBeGreaterThanOrEqual(10);
      for (const q of informational.body) expect(q.tracks).toContain('informational');

      const knowledge = (await call({ family: 'knowledge', persona: 'faculty' })).body;
      expect(knowledge.length).toBeGreaterThan(0);
      for (const q of knowledge) {
        expect(q.family).toBe('knowledge');
        expect(q.view === 'interviewer' && q.personas).toContain('faculty');
      }
      const systems = (await call({ competency: 'systems_thinking' })).body;
      for (const q of systems) expect(q.view === 'interviewer' && q.competencies).toContain('systems_thinking');
      const senior = (await call({ level: 'senior', track: 'healthcare_job' })).body;
      expect(senior.length).toBeGreaterThan(0);
      for (const q of senior) {
        const levels = q.view === 'interviewer' ? Object.keys(levelExpectationsFor(q, 'healthcare_job')) : [];
        expect(levels.length === 0 || levels.includes('senior')).toBe(true);
      }
      // Residency questions describe residents, not mid-career staff: the filter reads the track's own set.
      const residents = (await call({ level: 'mid', track: 'residency_fellowship' })).body;
      const mistake = residents.find((q) => q.key === 'behavioural.mistake-what-changed');
      expect(mistake?.view === 'interviewer' && levelExpectationsFor(mistake, 'residency_fellowship').mid).toMatch(/residency/i);
      const alert = (await call({ q: 'alert' })).body;
      expect(alert.length).toBeGreaterThan(0);
      expect((await call({ q: '%' })).body).toEqual([]);
    });

    it('rejects unknown filters and values with 400', async () => {
      const bad = await mentor.client.raw('GET', '/api/questions?track=astronaut&colour=blue');
      expect(bad.status).toBe(400);
      expect(bad.body.errors?.map((e) => e.field).sort()).toEqual(['colour', 'track']);
      expect((await mentor.client.raw('GET', '/api/questions?persona=dean')).status).toBe(400);
      expect((await mentor.client.raw('GET', '/api/questions?track=informational&track=healthcare_job')).status).toBe(400);
    });

    it('gives interviewers intent, probes and framework; candidates only prompts', async () => {
      const id = await builtInId('opening.tell-me-about-yourself');
      const asMentor = await mentor.client.call(routes.getQuestion, { params: { questionId: id } });
      expect(asMentor.body).toMatchObject({
        view: 'interviewer',
        assesses: expect.any(String),
        probes: expect.any(Array),
        frameworkHint: expect.any(String),
      });

      const asCandidate = await candidate.client.call(routes.getQuestion, { params: { questionId: id } });
      expect(asCandidate.body.view).toBe('candidate');
      expect(Object.keys(asCandidate.body)).not.toEqual(expect.arrayContaining(['assesses']));
      for (const hidden of [
        'assesses',
        'probes',
        'frameworkHint',
        'competencies',
        'levelExpectations',
        'levelExpectationsByTrack',
        'personas',
      ]) {
        expect(asCandidate.body).not.toHaveProperty(hidden);
      }
      const list = await candidate.client.raw('GET', '/api/questions');
      const script = await candidate.client.call(routes.getScript, {
        params: { scriptId: await builtInScriptId('residency_fellowship.program_director') },
      });
      for (const text of [JSON.stringify(list.body), JSON.stringify(script.body)]) {
        expect(text).not.toMatch(/"(assesses|probes|frameworkHint|levelExpectations|levelExpectationsByTrack)"/);
      }
      expect(script.body.sections.length).toBeGreaterThan(0);
      // Searching hidden text finds nothing for a candidate.
      const hiddenWords = asMentor.body.view === 'interviewer' ? asMentor.body.assesses.split(' ').slice(0, 3).join(' ') : '';
      const leaked = (await candidate.client.call(routes.listQuestions, { query: { q: hiddenWords } })).body;
      expect(leaked.every((q) => q.prompt.toLowerCase().includes(hiddenWords.toLowerCase()))).toBe(true);
    });

    it("shows a cohort's own questions only to its members", async () => {
      const created = await coordinator.client.call(routes.createQuestion, { params: { cohortId }, body: ownQuestion });
      const outsider = await newUser(t, { roles: ['mentor'] });
      expect((await outsider.client.call(routes.getQuestion, { params: { questionId: created.body.id } })).status).toBe(403);
      const seen = (await outsider.client.call(routes.listQuestions, { query: { q: 'handoff between shifts' } })).body;
      expect(seen).toEqual([]);
      expect((await mentor.client.call(routes.listQuestions, { query: { q: 'handoff between shifts' } })).body).toHaveLength(1);
      expect((await outsider.client.call(routes.listQuestions, { query: { cohortId } })).status).toBe(403);
    });
  });

  describe('editing', () => {
    it('lets a coordinator create, version, clone and retire their cohort questions', async () => {
      const created = await coordinator.client.call(routes.createQuestion, {
        params: { cohortId },
        body: { ...ownQuestion, prompt: 'A new question?' },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ version: 1, builtIn: false, cohortId, status: 'active' });
      const questionId = created.body.id;

      const edited = await coordinator.client.call(routes.updateQuestion, {
        params: { questionId },
        body: { ...ownQuestion, prompt: 'A better question?' },
      });
      expect(edited.body).toMatchObject({ version: 2, prompt: 'A better question?' });
      const unchanged = await coordinator.client.call(routes.updateQuestion, {
        params: { questionId },
        body: { ...ownQuestion, prompt: 'A better question?' },
      });
      expect(unchanged.body.version).toBe(2);

      const builtIn = await builtInId('motivation.why-this-program');
      const clone = await coordinator.client.call(routes.cloneQuestion, { params: { questionId: builtIn }, body: { cohortId } });
      expect(clone.status).toBe(201);
      expect(clone.body).toMatchObject({ builtIn: false, cohortId, version: 1 });

      const retired = await coordinator.client.call(routes.retireQuestion, { params: { questionId } });
      expect(retired.body.status).toBe('retired');
      const active = (await coordinator.client.call(routes.listQuestions, { query: { cohortId } })).body.map((q) => q.id);
      expect(active).not.toContain(questionId);
      const all = (await coordinator.client.call(routes.listQuestions, { query: { cohortId, includeRetired: 'true' } })).body.map(
        (q) => q.id,
      );
      expect(all).toContain(questionId);
    });

    it('keeps built-ins read-only and other cohorts out, for every role', async () => {
      const builtIn = await builtInId('opening.tell-me-about-yourself');
      const before = await count('question_versions');
      const builtInEdit = await coordinator.client.call(routes.updateQuestion, {
        params: { questionId: builtIn },
        body: ownQuestion,
      });
      expect(builtInEdit.status).toBe(403);
      expect(builtInEdit.body.detail).toMatch(/read-only.*clone/);
      expect((await coordinator.client.call(routes.retireQuestion, { params: { questionId: builtIn } })).status).toBe(403);

      const mine = await coordinator.client.call(routes.createQuestion, {
        params: { cohortId },
        body: { ...ownQuestion, prompt: 'Ours only?' },
      });
      const other = await newCohort(t, 'Other program');
      expect(
        (await other.coordinator.client.call(routes.updateQuestion, { params: { questionId: mine.body.id }, body: ownQuestion }))
          .status,
      ).toBe(403);
      expect(
        (
          await other.coordinator.client.call(routes.cloneQuestion, {
            params: { questionId: mine.body.id },
            body: { cohortId: other.cohortId },
          })
        ).status,
      ).toBe(403);
      expect(
        (await other.coordinator.client.call(routes.createQuestion, { params: { cohortId }, body: ownQuestion })).status,
      ).toBe(403);

      for (const person of [candidate, mentor]) {
        expect((await person.client.call(routes.createQuestion, { params: { cohortId }, body: ownQuestion })).status).toBe(403);
        expect(
          (await person.client.call(routes.updateQuestion, { params: { questionId: mine.body.id }, body: ownQuestion })).status,
        ).toBe(403);
        expect(
          (await person.client.call(routes.cloneQuestion, { params: { questionId: builtIn }, body: { cohortId } })).status,
        ).toBe(403);
        expect((await person.client.call(routes.retireQuestion, { params: { questionId: mine.body.id } })).status).toBe(403);
      }
      expect(await count('question_versions')).toBe(before + 1);
    });

    it.each([
      ['an empty prompt', { ...ownQuestion, prompt: '  ' }, 'prompt'],
      ['an unknown competency', { ...ownQuestion, competencies: ['charisma'] }, 'competencies.0'],
      ['an unknown persona', { ...ownQuestion, personas: ['dean'] }, 'personas.0'],
      ['a negative answer time', { ...ownQuestion, targetSeconds: -5 }, 'targetSeconds'],
      ['four probes', { ...ownQuestion, probes: ['a', 'b', 'c', 'd'] }, 'probes'],
      ['no tracks', { ...ownQuestion, tracks: [] }, 'tracks'],
    ])('refuses a question with %s (400, nothing written)', async (_, body, field) => {
      const before = await count('questions');
      const response = await coordinator.client.raw('POST', `/api/cohorts/${cohortId}/questions`, body);
      expect(response.status).toBe(400);
      expect(response.body.errors?.map((e) => e.field)).toContain(field);
      expect(await count('questions')).toBe(before);
    });
  });

  describe('scripts', () => {
    const script = (questionIds: string[], extra: Partial<ScriptInput> = {}): ScriptInput => ({
      title: 'Program director, short form',
      track: 'residency_fellowship',
      persona: 'program_director',
      sections: [
        { section: 'opening', minutes: 5, questionIds: questionIds.slice(0, 1) },
        { section: 'behavioural', minutes: 15, questionIds: questionIds.slice(1) },
        { section: 'closing', minutes: 5, questionIds: [] },
      ],
      ...extra,
    });

    it('builds a cohort script from built-in and own questions, and versions its edits', async () => {
      const own = await coordinator.client.call(routes.createQuestion, {
        params: { cohortId },
        body: { ...ownQuestion, prompt: 'Script question?' },
      });
      const ids = [...(await anyBuiltInQuestions(2)), own.body.id];
      const created = await coordinator.client.call(routes.createScript, { params: { cohortId }, body: script(ids) });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ totalMinutes: 25, questionCount: 3, version: 1, cohortId });
      expect(created.body.sections[1].questions.map((q) => q.id)).toEqual(ids.slice(1));

      const edited = await coordinator.client.call(routes.updateScript, {
        params: { scriptId: created.body.id },
        body: script(ids, { title: 'Renamed' }),
      });
      expect(edited.body).toMatchObject({ version: 2, title: 'Renamed' });
    });

    it.each([
      [
        'over 60 minutes',
        (ids: string[]) => script(ids, { sections: [{ section: 'behavioural', minutes: 61, questionIds: ids }] }),
        'sections.0.minutes',
      ],
      [
        'sections adding up past 60',
        (ids: string[]) =>
          script(ids, {
            sections: [
              { section: 'opening', minutes: 40, questionIds: [] },
              { section: 'closing', minutes: 30, questionIds: ids },
            ],
          }),
        'sections',
      ],
      [
        'sections out of order',
        (ids: string[]) =>
          script(ids, {
            sections: [
              { section: 'closing', minutes: 5, questionIds: [] },
              { section: 'opening', minutes: 5, questionIds: ids },
            ],
          }),
        'sections',
      ],
      [
        'a negative budget',
        (ids: string[]) => script(ids, { sections: [{ section: 'opening', minutes: -3, questionIds: ids }] }),
        'sections.0.minutes',
      ],
      ['a repeated question', (ids: string[]) => script([ids[0], ids[0]]), 'sections'],
    ])('refuses a script with %s (400, nothing written)', async (_, make, field) => {
      const before = await count('scripts');
      const response = await coordinator.client.raw(
        'POST',
        `/api/cohorts/${cohortId}/scripts`,
        make(await anyBuiltInQuestions(2)),
      );
      expect(response.status).toBe(400);
      expect(response.body.errors?.map((e) => e.field)).toContain(field);
      expect(await count('scripts')).toBe(before);
    });

    it("refuses another cohort's question in a script", async () => {
      const other = await newCohort(t, 'Third program');
      const foreign = await other.coordinator.client.call(routes.createQuestion, {
        params: { cohortId: other.cohortId },
        body: ownQuestion,
      });
      const response = await coordinator.client.call(routes.createScript, {
        params: { cohortId },
        body: script([foreign.body.id]),
      });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        { field: 'sections.0.questionIds.0', message: "is not a question in this cohort's bank" },
      ]);
    });

    it('keeps built-in scripts read-only but clonable', async () => {
      const builtIn = await builtInScriptId('healthcare_job.hiring_manager');
      const ids = await anyBuiltInQuestions(1);
      expect(
        (await coordinator.client.call(routes.updateScript, { params: { scriptId: builtIn }, body: script(ids) })).status,
      ).toBe(403);
      const clone = await coordinator.client.call(routes.cloneScript, { params: { scriptId: builtIn }, body: { cohortId } });
      expect(clone.status).toBe(201);
      expect(clone.body).toMatchObject({ builtIn: false, cohortId, track: 'healthcare_job', persona: 'hiring_manager' });
      expect(
        (await candidate.client.call(routes.cloneScript, { params: { scriptId: builtIn }, body: { cohortId } })).status,
      ).toBe(403);
      expect((await candidate.client.call(routes.createScript, { params: { cohortId }, body: script(ids) })).status).toBe(403);
    });

    it('freezes a snapshot: later edits to the script or its questions never change it', async () => {
      const own = await coordinator.client.call(routes.createQuestion, {
        params: { cohortId },
        body: { ...ownQuestion, prompt: 'Before the edit?' },
      });
      const created = await coordinator.client.call(routes.createScript, { params: { cohortId }, body: script([own.body.id]) });
      const scripts = t.app.get(ScriptsService);
      const frozen = await t.app.get(DataSource).transaction((manager) => scripts.snapshot(manager, created.body.id, cohortId));
      expect(frozen).toMatchObject({ scriptVersion: 1, title: 'Program director, short form' });
      expect(frozen.sections[0].questions[0]).toMatchObject({
        questionId: own.body.id,
        version: 1,
        prompt: 'Before the edit?',
        probes: ownQuestion.probes,
      });

      await coordinator.client.call(routes.updateQuestion, {
        params: { questionId: own.body.id },
        body: { ...ownQuestion, prompt: 'After the edit?' },
      });
      await coordinator.client.call(routes.updateScript, {
        params: { scriptId: created.body.id },
        body: script([own.body.id], { title: 'Changed title' }),
      });
      await coordinator.client.call(routes.retireScript, { params: { scriptId: created.body.id } });

      const reread = await scripts.getSnapshot(frozen.id);
      expect(reread).toEqual(frozen);
      const later = await t.app.get(DataSource).transaction((manager) => scripts.snapshot(manager, created.body.id, cohortId));
      expect(later).toMatchObject({ scriptVersion: 2, title: 'Changed title' });
      expect(later.sections[0].questions[0]).toMatchObject({ version: 2, prompt: 'After the edit?' });
    });
  });

  describe('proposals', () => {
    it('lets a mentor propose and a coordinator accept into the bank, once', async () => {
      const proposed = await mentor.client.call(routes.proposeQuestion, {
        params: { cohortId },
        body: { ...ownQuestion, prompt: 'Proposed by a mentor?' },
      });
      expect(proposed.status).toBe(201);
      expect(proposed.body).toMatchObject({ status: 'pending', proposedBy: { id: mentor.user.id } });
      expect((await mentor.client.call(routes.listProposals, { params: { cohortId } })).body.map((p) => p.id)).toContain(
        proposed.body.id,
      );

      expect((await mentor.client.call(routes.acceptProposal, { params: { proposalId: proposed.body.id } })).status).toBe(403);
      const accepted = await coordinator.client.call(routes.acceptProposal, { params: { proposalId: proposed.body.id } });
      expect(accepted.body).toMatchObject({ status: 'accepted', questionId: expect.any(String) });
      const inBank = await coordinator.client.call(routes.getQuestion, { params: { questionId: accepted.body.questionId! } });
      expect(inBank.body).toMatchObject({ prompt: 'Proposed by a mentor?', cohortId });
      expect((await coordinator.client.call(routes.acceptProposal, { params: { proposalId: proposed.body.id } })).status).toBe(
        409,
      );
      expect((await coordinator.client.call(routes.rejectProposal, { params: { proposalId: proposed.body.id } })).status).toBe(
        409,
      );
    });

    it('refuses proposals from candidates and listing by candidates', async () => {
      const before = await count('question_proposals');
      expect((await candidate.client.call(routes.proposeQuestion, { params: { cohortId }, body: ownQuestion })).status).toBe(403);
      expect((await candidate.client.call(routes.listProposals, { params: { cohortId } })).status).toBe(403);
      expect(
        (await mentor.client.raw('POST', `/api/cohorts/${cohortId}/question-proposals`, { ...ownQuestion, prompt: '' })).status,
      ).toBe(400);
      expect(await count('question_proposals')).toBe(before);
    });

    it('lets a coordinator decline a proposal', async () => {
      const proposed = await mentor.client.call(routes.proposeQuestion, {
        params: { cohortId },
        body: { ...ownQuestion, prompt: 'Not this one?' },
      });
      const rejected = await coordinator.client.call(routes.rejectProposal, { params: { proposalId: proposed.body.id } });
      expect(rejected.body).toMatchObject({ status: 'rejected', questionId: null, reason: null, decidedAt: expect.any(String) });
    });

    it('keeps a coordinator’s reason for declining, which the mentor reads on their own proposals', async () => {
      const proposed = await mentor.client.call(routes.proposeQuestion, {
        params: { cohortId },
        body: { ...ownQuestion, prompt: 'Too close to one we have?' },
      });
      const proposalId = proposed.body.id;
      const before = await tableChecksums(t);
      const refused: [ApiClient, unknown, number][] = [
        [mentor.client, { reason: 'Declining my own' }, 403],
        [coordinator.client, { reason: 'x'.repeat(1001) }, 400],
        [coordinator.client, { reason: 'Fine', extra: true }, 400],
      ];
      for (const [client, body, status] of refused) {
        const response = await client.raw('POST', `/api/question-proposals/${proposalId}/reject`, body);
        expect({ body, status: response.status }).toEqual({ body, status });
      }
      // A body that is not JSON is refused, never read as an empty one.
      const asForm = await coordinator.client.raw('POST', `/api/question-proposals/${proposalId}/reject`, 'reason=because', {
        'content-type': 'application/x-www-form-urlencoded',
      });
      expect(asForm.status).toBe(400);
      expect(await tableChecksums(t)).toEqual(before);

      const reason = 'It repeats the teamwork question already in the bank: ask about a conflict with a consultant instead.';
      const rejected = await coordinator.client.call(routes.rejectProposal, { params: { proposalId }, body: { reason } });
      expect(rejected.body).toMatchObject({ status: 'rejected', reason });
      const own = (await mentor.client.call(routes.listProposals, { params: { cohortId } })).body.find(
        (p) => p.id === proposalId,
      );
      expect(own).toMatchObject({ status: 'rejected', reason, decidedAt: expect.any(String) });
    });
  });
});
