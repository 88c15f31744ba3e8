// The yardstick for the token endpoint: a bare node:http server that does nothing but sign a LiveKit access
// token (HS256, livekit-server-sdk's AccessToken, as the real endpoint does) and answer the same JSON shape.
// No framework, no cookie, no database: what is left is the cost of HTTP and signing alone.
// Started by run.ts as a child process: `tsx bench/bare-signer.ts` with BARE_SIGNER_PORT set.
import { AccessToken } from 'livekit-server-sdk';
import { createServer } from 'node:http';

const API_KEY = 'bench-key';
const API_SECRET = 'bench-secret-that-is-long-enough-for-hs256';
const ROOM = 'session-00000000-0000-4000-8000-000000000000';

const server = createServer((request, response) => {
  request.resume();
  request.on('end', async () => {
    const token = new AccessToken(API_KEY, API_SECRET, { identity: 'bench-user', name: 'Bench User', ttl: '10m' });
    token.addGrant({ roomJoin: true, room: ROOM, canPublish: true, canSubscribe: true });
    const body = JSON.stringify({
      serverUrl: 'ws://127.0.0.1:7880',
      roomName: ROOM,
      participantName: 'Bench User',
      participantToken: await token.toJwt(),
    });
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  });
});

server.listen(Number(process.env.BARE_SIGNER_PORT), '127.0.0.1', () => process.stdout.write('bare signer listening\n'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
