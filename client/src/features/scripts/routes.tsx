import type { RouteObject } from 'react-router';
import type { NavLinkEntry } from '../../lib/nav-link';

/**
 * The scripts list, builder and viewer. Mount them as children of the signed-in app shell: every
 * page expects a signed-in user. Each page is its own chunk, fetched the first time someone opens it.
 */
export const scriptRoutes: RouteObject[] = [
  { path: '/scripts', lazy: async () => ({ Component: (await import('./ScriptsPage')).ScriptsPage }) },
  { path: '/scripts/new', lazy: async () => ({ Component: (await import('./ScriptBuilderPages')).NewScriptPage }) },
  { path: '/scripts/:scriptId', lazy: async () => ({ Component: (await import('./ScriptViewerPage')).ScriptViewerPage }) },
  { path: '/scripts/:scriptId/edit', lazy: async () => ({ Component: (await import('./ScriptBuilderPages')).EditScriptPage }) },
];

/** Main navigation entry: everyone sees scripts (candidates practise from the scripts page). */
export const scriptNavLinks: NavLinkEntry[] = [
  { to: '/scripts', label: 'Scripts', roles: ['candidate', 'mentor', 'coordinator'] },
];
