import { PassThrough } from 'node:stream';
import { createLogger } from './logger.js';

describe('createLogger', () => {
  it('never writes database statement parameters or error details, which carry hashes and addresses', async () => {
    const stream = new PassThrough();
    const lines: string[] = [];
    stream.on('data', (chunk) => lines.push(String(chunk)));
    const logger = createLogger('info', stream);
    const error = Object.assign(new Error('duplicate key'), {
      parameters: ['amara@example.org', '$argon2id$v=19$secret'],
      driverError: { detail: 'Key (email)=(amara@example.org) already exists.', code: '23505' },
    });
    logger.error({ err: error }, 'request failed');
    await new Promise((resolve) => setImmediate(resolve));
    const output = lines.join('');
    expect(output).toContain('request failed');
    expect(output).toContain('23505');
    expect(output).not.toContain('amara@example.org');
    expect(output).not.toContain('argon2id');
  });
});
