import pg from 'pg';
import { isPoolTimeout } from './pg-errors.js';

describe('PostgreSQL errors', () => {
  it('recognises a pool that could not hand out a connection in time, and nothing else', async () => {
    // The run's own PostgreSQL (global setup), through a pool of one connection that is kept busy.
    const pool = new pg.Pool({ connectionString: process.env.ROUNDS_TEST_ADMIN_URL, max: 1, connectionTimeoutMillis: 2000 });
    const held = await pool.connect();
    try {
      const refused = await pool.connect().then(
        () => new Error('a second connection was handed out'),
        (error: unknown) => error,
      );
      expect(isPoolTimeout(refused)).toBe(true);
      const failed = await held.query('SELECT 1/0').catch((error: unknown) => error);
      expect(isPoolTimeout(failed)).toBe(false);
    } finally {
      held.release();
      await pool.end();
    }
  });
});
