import { COMPETENCIES } from '../questions/question.enums.js';

/** The export's columns, in order: one row per submitted form, one column per competency. */
export const FEEDBACK_CSV_COLUMNS = [
  'session_id',
  'session_kind',
  'session_ended_at',
  'form_kind',
  'author_id',
  'author_name',
  'about_id',
  'about_name',
  'submitted_at',
  ...COMPETENCIES,
  'readiness',
  'helpfulness',
  'strengths',
  'improvements',
  'reflection',
  'comment',
] as const;
export type FeedbackCsvColumn = (typeof FEEDBACK_CSV_COLUMNS)[number];

/**
 * A cell that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return)
 * gets a leading apostrophe: exported text typed by people must never execute in the coordinator's spreadsheet.
 * Numbers are written as they are.
 */
function neutralised(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : neutralised(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 text: a header row, then one line per row, every line ended by CRLF. */
export function toCsv<C extends string>(
  columns: readonly C[],
  rows: readonly Partial<Record<C, string | number | null>>[],
): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((column) => csvField(row[column])).join(','))];
  return lines.map((line) => `${line}\r\n`).join('');
}
