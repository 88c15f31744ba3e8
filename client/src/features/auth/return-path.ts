/**
 * Where to go after signing in: the page the session guard turned the person away from, if it is
 * a path on this site (never another origin), else the dashboard.
 */
export function returnPathFrom(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('from' in state)) return '/';
  const { from } = state;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/sign-in')) return '/';
  return from;
}
