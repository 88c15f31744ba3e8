import http from 'node:http';

export interface RawResponse {
  status: number;
  contentType: string;
  body: string;
}

/**
 * Sends one request exactly as given (path bytes, headers, body): fetch would normalise the path and
 * refuses a body on GET. Rejects only when the connection itself fails (reset, refused).
 */
export function sendRaw(
  agent: http.Agent,
  baseUrl: string,
  request: { method: string; target: string; headers: Record<string, string>; body?: string; cookie?: string },
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  const body = request.body === undefined ? undefined : Buffer.from(request.body, 'utf8');
  const headers: Record<string, string | number> = { ...request.headers };
  if (request.cookie) headers.cookie = request.cookie;
  if (body) headers['content-length'] = body.length;
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      { agent, hostname, port, method: request.method, path: request.target, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
