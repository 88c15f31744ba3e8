// The load generator every bench row uses: keep-alive node:http connections, a fixed number of clients, each
// sending its next request as soon as the previous answer has been read. Cheaper per request than fetch, so the
// figures say more about the server than about the client sharing its CPU.
import { Agent, request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface BenchRequest {
  method?: 'GET' | 'POST';
  url: string;
  headers?: OutgoingHttpHeaders;
  body?: string;
}

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
  /** The body of the first answer, to check its shape. */
  firstBody: string;
  /** The status and body of the first failure, if any. */
  firstFailure?: string;
}

export interface LoadOptions {
  concurrency: number;
  /** Stop after this many requests… */
  maxRequests: number;
  /** …or once this much time has passed, whichever comes first. */
  maxSeconds: number;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function send(agent: Agent, spec: BenchRequest): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(spec.url);
    const headers: OutgoingHttpHeaders = { ...spec.headers };
    if (spec.body !== undefined) headers['content-length'] = Buffer.byteLength(spec.body);
    else if (spec.method === 'POST') headers['content-length'] = 0;
    const outgoing = httpRequest(
      { agent, host: url.hostname, port: url.port, path: url.pathname + url.search, method: spec.method ?? 'GET', headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(spec.body);
  });
}

/** Sends `spec` from `concurrency` clients until either bound is reached; a non-2xx answer counts as a failure. */
export async function runLoad(spec: BenchRequest, options: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const durations: number[] = [];
  let failures = 0;
  let sent = 0;
  let firstBody: string | undefined;
  let firstFailure: string | undefined;
  const started = performance.now();
  const deadline = started + options.maxSeconds * 1000;
  const client = async () => {
    while (sent < options.maxRequests && performance.now() < deadline) {
      sent += 1;
      const t0 = performance.now();
      const { status, body } = await send(agent, spec);
      durations.push(performance.now() - t0);
      firstBody ??= body;
      if (status < 200 || status >= 300) {
        failures += 1;
        firstFailure ??= `${status} ${body.slice(0, 160)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  durations.sort((a, b) => a - b);
  const at = (q: number) => durations[Math.min(durations.length - 1, Math.floor(q * durations.length))];
  return {
    requests: durations.length,
    perSecond: durations.length / seconds,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    failures,
    firstBody: firstBody ?? '',
    firstFailure,
  };
}

export function describeLoad(name: string, result: LoadResult): string {
  const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;
  return (
    `${name.padEnd(40)} ${String(result.requests).padStart(6)} req ${result.perSecond.toFixed(0).padStart(6)} req/s  ` +
    `p50 ${ms(result.p50)}  p95 ${ms(result.p95)}  p99 ${ms(result.p99)}  failures ${result.failures}` +
    (result.firstFailure ? `\n  first failure: ${result.firstFailure}` : '')
  );
}
