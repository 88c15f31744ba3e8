import type { Role } from '@rounds/shared';
import type { RouteObject } from 'react-router';
import { SoloPracticePage } from '../practice/SoloPracticePage';
import { EditScriptPage, NewScriptPage } from '../scripts/ScriptBuilderPages';
import { ScriptsPage } from '../scripts/ScriptsPage';
import { ScriptViewerPage } from '../scripts/ScriptViewerPage';
import { QuestionBankPage } from './QuestionBankPage';

/**
 * The question bank, scripts and solo practice pages. Mount them as children of the signed-in
 * app shell (next to /profile): every page expects a signed-in user.
 */
export const questionBankRoutes: RouteObject[] = [
  { path: '/questions', element: <QuestionBankPage /> },
  { path: '/scripts', element: <ScriptsPage /> },
  { path: '/scripts/new', element: <NewScriptPage /> },
  { path: '/scripts/:scriptId', element: <ScriptViewerPage /> },
  { path: '/scripts/:scriptId/edit', element: <EditScriptPage /> },
  { path: '/practice/:scriptId', element: <SoloPracticePage /> },
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
