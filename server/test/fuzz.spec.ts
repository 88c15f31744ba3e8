import { CLIENT_EVENT_LIMITS, clientEvents, isSocketFailure, routes, type ClientEventName, type RouteName } from '@rounds/shared';
import http from 'node:http';
import { tableChecksums } from './support/database-checksum.js';
import { buildFixtureWorld, type Actor, type FixtureWorld } from './support/fixture-world.js';
import { httpCases, type HttpCase } from './support/fuzz/http-cases.js';
import { fuzzSeed, Prng } from './support/fuzz/prng.js';
import { sendRaw, type RawResponse } from './support/fuzz/raw-http.js';
import { DEFECTS, invalidInput, wireShape } from './support/fuzz/schema-inputs.js';
import { closeSockets, connectSocket, refusedConnection, request, type TestSocket } from './support/socket-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Contract-driven fuzzing: every route of the shared route table and every client socket event gets inputs
 * made from its own zod schema (wrong types, missing and unknown fields, huge and hostile text, deep nesting,
 * malformed JSON, wrong content types, hostile paths and queries), as each kind of person. Each must be
 * refused with a 4xx problem (never a 5xx or a dropped connection) and no application row may change.
 *
 * FUZZ_INPUTS (default 20) sets the inputs per route, event and person; FUZZ_SEED replays a run
 * (FUZZ_SEED=random explores). `npm run fuzz` runs 1,000 per route.
 */
const INPUTS = Number(process.env.FUZZ_INPUTS ?? 20);
const SEED = fuzzSeed();
const CONCURRENCY = 8;
const FUZZ_ACTORS = ['anonymous', 'candidate', 'mentor', 'coordinator'] as const satisfies readonly Actor[];
const SOCKET_ACTORS = ['candidate', 'mentor', 'coordinator'] as const satisfies readonly Actor[];
/** socket.io-client encodes with JSON.stringify, which overflows jest's stack well before 5,000 levels. */
const SOCKET_NESTING_LEVELS = 1_000;
/** Huge strings are checked on their own: the engine closes a connection whose message passes 16 KB, by design. */
const SOCKET_DEFECTS = DEFECTS.filter((defect) => defect !== 'huge string');

interface Outcome {
  route: string;
  actor: string;
  testCase: HttpCase;
  response?: RawResponse;
  error?: Error & { code?: string };
  milliseconds: number;
}

function problemIn(outcome: Outcome): string | null {
  const { response, error, testCase } = outcome;
  if (!response) return `connection failed (${error?.code ?? error?.message})`;
  if (response.status >= 500) return `${response.status}`;
  if (response.status < 400 && testCase.expect === 'refused') return `${response.status}, accepted`;
  if (response.status >= 400 && !response.contentType.startsWith('application/problem+json'))
    return `${response.status} as ${response.contentType || 'no content type'}`;
  return null;
}

/** One line per route, person, input family and outcome, with an example to replay. */
function summarise(outcomes: Outcome[]): string[] {
  const groups = new Map<string, { count: number; example: Outcome }>();
  for (const outcome of outcomes) {
    const problem = problemIn(outcome);
    if (!problem) continue;
    const key = `${outcome.route} as ${outcome.actor}: ${outcome.testCase.family} → ${problem}`;
    const group = groups.get(key) ?? { count: 0, example: outcome };
    group.count += 1;
    groups.set(key, group);
  }
  return [...groups].map(([key, { count, example }]) => {
    const detail = example.response?.body.slice(0, 160) ?? '';
    return `${key} (${count}×; e.g. ${example.testCase.method} ${example.testCase.target.slice(0, 100)} body ${String(example.testCase.body ?? '').slice(0, 80)} → ${detail})`;
  });
}

/** Mean time per input family (its first words), to see what a slow run spends its time on. */
function timeByFamily(outcomes: Outcome[]): string {
  const sums = new Map<string, { total: number; count: number }>();
  for (const { testCase, milliseconds } of outcomes) {
    const family = testCase.family.replace(/ \(.*$/, '');
    const sum = sums.get(family) ?? { total: 0, count: 0 };
    sum.total += milliseconds;
    sum.count += 1;
    sums.set(family, sum);
  }
  return [...sums].map(([family, { total, count }]) => `${family} ${count}× ${(total / count).toFixed(0)} ms`).join('; ');
}

function tally(outcomes: Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { response } of outcomes) {
    const key = response ? `${Math.floor(response.status / 100)}xx` : 'connection failed';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** Typed emits insist on an acknowledgement and a valid payload; the fuzz sends neither on purpose. */
function emitWithoutAck(socket: TestSocket, event: ClientEventName, payload: unknown): void {
  (socket.emit as unknown as (event: string, payload: unknown) => void)(event, payload);
}

async function runAll<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return results;
}

describe(`fuzz (seed ${SEED}, ${INPUTS} inputs per route and person)`, () => {
  let t: TestApp;
  let world: FixtureWorld;
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildFixtureWorld(t);
  }, 60_000);
  afterAll(async () => {
    agent.destroy();
    await t.close();
  });

  /** A real resource for every path parameter: inputs reach past routing into the handlers. */
  const fixtures = (): Record<string, string> => ({
    cohortId: world.cohortA,
    invitationId: world.invitationA.id,
    token: world.invitationA.token,
    questionId: world.privateQuestionA,
    scriptId: world.privateScriptA,
    proposalId: world.proposalA,
    sessionId: world.sessionA,
    kind: 'interviewer',
    entryId: world.standbyEntryA,
    offerId: world.standbyOfferA,
    userId: world.people.candidate.user.id,
    dayId: world.interviewDayA,
  });

  it(
    'HTTP: every route refuses bad input with a 4xx problem and changes no row',
    async () => {
      const rng = new Prng(SEED);
      const planned: { route: RouteName; actor: Actor; testCase: HttpCase }[] = [];
      for (const [route, endpoint] of Object.entries(routes) as [RouteName, (typeof routes)[RouteName]][]) {
        for (const actor of FUZZ_ACTORS) {
          const cases = httpCases(endpoint, fixtures(), rng.fork(`${route}:${actor}`), INPUTS, actor !== 'anonymous');
          planned.push(...cases.map((testCase) => ({ route, actor, testCase })));
        }
      }
      const before = await tableChecksums(t);
      const started = performance.now();
      const send = async ({ route, actor, testCase }: (typeof planned)[number]): Promise<Outcome> => {
        const cookie = actor === 'anonymous' ? undefined : world.people[actor].client.sessionCookie;
        const sentAt = performance.now();
        try {
          const response = await sendRaw(agent, t.baseUrl, { ...testCase, cookie });
          return { route, actor, testCase, response, milliseconds: performance.now() - sentAt };
        } catch (error) {
          return { route, actor, testCase, error: error as Error, milliseconds: performance.now() - sentAt };
        }
      };
      // Bodies on body-less routes go last (until they are refused, they retire and withdraw things), and
      // sign-outs last of all, so the other routes are still tried by a signed-in person.
      const phase = ({ route, testCase }: (typeof planned)[number]) =>
        !testCase.last ? 0 : route === 'logout' || route === 'signOutEverywhere' ? 2 : 1;
      // Phase by phase, joined with concat: the full mode's ~190,000 outcomes are too many to spread into push.
      let outcomes: Outcome[] = [];
      for (const current of [0, 1, 2]) {
        outcomes = outcomes.concat(
          await runAll(
            planned.filter((p) => phase(p) === current),
            send,
          ),
        );
      }
      const seconds = (performance.now() - started) / 1000;
      const after = await tableChecksums(t);
      const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
      console.log(
        `HTTP fuzz, seed ${SEED}: ${outcomes.length} requests over ${Object.keys(routes).length} routes × ${FUZZ_ACTORS.length} people in ${seconds.toFixed(1)} s; ` +
          `${JSON.stringify(tally(outcomes))}; tables changed: ${changed.length ? changed.join(', ') : 'none'}\n` +
          `mean time per input family: ${timeByFamily(outcomes)}`,
      );

      expect(summarise(outcomes)).toEqual([]);
      expect(after).toEqual(before);
    },
    Math.max(120_000, INPUTS * 8_000),
  );

  it(
    'socket events: every client event refuses bad payloads with VALIDATION_FAILED, keeps the connection and changes no row',
    async () => {
      // Sign-ins of their own (made before the snapshot): the HTTP fuzz may have signed the shared ones out.
      const cookies = Object.fromEntries(
        await Promise.all(SOCKET_ACTORS.map(async (actor) => [actor, (await world.freshSignIn(actor)).sessionCookie] as const)),
      );
      const before = await tableChecksums(t);
      const rng = new Prng(SEED).fork('sockets');
      const problems: string[] = [];
      let sent = 0;

      for (const cookie of [
        undefined,
        'rounds_session=forged',
        'rounds_session=%E2%82',
        `rounds_session=${'x'.repeat(4000)}`,
        'rounds_session=j%3A%7B%7D',
      ]) {
        const refusal = await refusedConnection(t.baseUrl, { cookie });
        if (refusal.data?.code !== 'UNAUTHENTICATED')
          problems.push(`anonymous (${String(cookie).slice(0, 30)}): ${JSON.stringify(refusal.data)}`);
      }

      const sockets: TestSocket[] = [];
      for (const actor of SOCKET_ACTORS) {
        const socket = await connectSocket(t.baseUrl, { cookie: cookies[actor] });
        sockets.push(socket);
        for (const [event, { payload }] of Object.entries(clientEvents) as [
          ClientEventName,
          (typeof clientEvents)[ClientEventName],
        ][]) {
          const eventRng = rng.fork(`${event}:${actor}`);
          const shape = wireShape(payload);
          // Events limited per socket get a fresh connection before its burst allowance runs out.
          const burst = CLIENT_EVENT_LIMITS[event]?.burst ?? Infinity;
          let sender = socket;
          let spent = 0;
          for (let i = 0; i < INPUTS; i += 1) {
            const input = invalidInput(payload, shape, eventRng, SOCKET_DEFECTS, SOCKET_NESTING_LEVELS);
            const value: unknown = JSON.parse(input.json);
            if (spent + 2 > burst) {
              sender = await connectSocket(t.baseUrl, { cookie: cookies[actor] });
              sockets.push(sender);
              spent = 0;
            }
            // Now and then without asking for an acknowledgement: that must not hurt either.
            if (i % 10 === 9) {
              emitWithoutAck(sender, event, value);
              spent += 1;
            }
            const ack = await request(sender, event, value);
            spent += 1;
            sent += 1;
            if (!isSocketFailure(ack) || ack.error.code !== 'VALIDATION_FAILED') {
              problems.push(
                `${event} as ${actor} with ${input.defects.join(' + ')} → ${JSON.stringify(ack).slice(0, 200)} (payload ${input.json.slice(0, 100)})`,
              );
            }
          }
        }
        if (!socket.connected) problems.push(`${actor}'s socket was disconnected`);

        // Past the engine's message limit the connection is closed rather than the payload read.
        const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
        emitWithoutAck(socket, 'practice:join', { cohortId: 'x'.repeat(128 * 1024) });
        await closed;
        const again = await connectSocket(t.baseUrl, { cookie: cookies[actor] });
        const ack = await request(again, 'practice:leave', { ticketId: 'not-a-uuid' });
        if (!isSocketFailure(ack) || ack.error.code !== 'VALIDATION_FAILED')
          problems.push(`${actor} after an oversized message: ${JSON.stringify(ack)}`);
        sockets.push(again);
      }
      await closeSockets(sockets);
      const after = await tableChecksums(t);
      console.log(
        `socket fuzz, seed ${SEED}: ${sent} acknowledged requests over ${Object.keys(clientEvents).length} events × ${SOCKET_ACTORS.length} people, ${problems.length} problems`,
      );

      expect(problems).toEqual([]);
      expect(after).toEqual(before);
    },
    Math.max(60_000, INPUTS * 2_000),
  );
});
