import type { TestApp } from './test-app.js';

/**
 * What the "no row changed" check leaves out, and why: only bookkeeping that moves without any change of
 * application data. Everything else in the public schema is compared row for row.
 */
const CHECKSUM_EXCLUSIONS: Record<string, 'whole table' | string[]> = {
  // The throttles count attempts per client address and per account: refused sign-ins are meant to be counted.
  rate_limit_windows: 'whole table',
  sign_in_backoff: 'whole table',
  // socket.io's PostgreSQL adapter spills large cluster messages here: transport, not data.
  socket_io_attachments: 'whole table',
  // A waiting ticket's lease is renewed while its person stays connected (see docs/decisions.md).
  practice_tickets: ['seen_at'],
};

/** md5 of every row (sorted) of each application table, keyed by table name. */
export async function tableChecksums(t: TestApp): Promise<Record<string, string>> {
  const columns = await t.sql<{ table_name: string; column_name: string }>(
    `SELECT c.table_name, c.column_name
       FROM information_schema.columns c
       JOIN information_schema.tables s ON s.table_schema = c.table_schema AND s.table_name = c.table_name
      WHERE c.table_schema = 'public' AND s.table_type = 'BASE TABLE'
      ORDER BY c.table_name, c.ordinal_position`,
  );
  const byTable = new Map<string, string[]>();
  for (const { table_name, column_name } of columns) {
    const excluded = CHECKSUM_EXCLUSIONS[table_name];
    if (excluded === 'whole table' || excluded?.includes(column_name)) continue;
    byTable.set(table_name, [...(byTable.get(table_name) ?? []), column_name]);
  }
  const parts = [...byTable].map(
    ([table, cols]) =>
      `SELECT '${table}' AS table_name, count(*)::int AS row_count,
              md5(coalesce(string_agg(r::text, ',' ORDER BY r::text), '')) AS digest
         FROM (SELECT ${cols.map((c) => `"${c}"`).join(', ')} FROM "${table}") r`,
  );
  const rows = await t.sql<{ table_name: string; row_count: number; digest: string }>(parts.join(' UNION ALL '));
  return Object.fromEntries(rows.map((row) => [row.table_name, `${row.row_count} rows, md5 ${row.digest}`]));
}
