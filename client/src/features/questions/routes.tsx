import type { Role } from '@rounds/shared';
import type { RouteObject } from 'react-router';

/**
 * The question bank, scripts and solo practice pages. Mount them as children of the signed-in
 * app shell (next to /profile): every page expects a signed-in user. Each page is its own chunk,
 * fetched the first time someone opens it, so the first load stays small.
 */
export const questionBankRoutes: RouteObject[] = [
  { path: '/questions', lazy: async () => ({ Component: (await import('./QuestionBankPage')).QuestionBankPage }) },
  { path: '/scripts', lazy: async () => ({ Component: (await import('../scripts/ScriptsPage')).ScriptsPage }) },
  { path: '/scripts/new', lazy: async () => ({ Component: (await import('../scripts/ScriptBuilderPages')).NewScriptPage }) },
  { path: '/scripts/:scriptId', lazy: async () => ({ Component: (await import('../scripts/ScriptViewerPage')).ScriptViewerPage }) },
  { path: '/scripts/:scriptId/edit', lazy: async () => ({ Component: (await import('../scripts/ScriptBuilderPages')).EditScriptPage }) },
  { path: '/practice/:scriptId', lazy: async () => ({ Component: (await import('../practice/SoloPracticePage')).SoloPracticePage }) },
];

export interface QuestionBankNavLink {
  to: string;
  label: string;
  /** Shown to people holding any of these roles. */
  roles: Role[];
}

/** Main navigation entries: everyone browses questions and scripts (candidates practise from the scripts page). */
export const questionBankNavLinks: QuestionBankNavLink[] = [
  { to: '/questions', label: 'Question bank', roles: ['candidate', 'mentor', 'coordinator'] },
  { to: '/scripts', label: 'Scripts', roles: ['candidate', 'mentor', 'coordinator'] },
];
