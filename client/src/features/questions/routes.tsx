import type { RouteObject } from 'react-router';
import type { NavLinkEntry } from '../../lib/nav-link';

/**
 * The question bank page, and the pages where mentors propose questions and coordinators review them. Mount it as a child of the signed-in app shell (next to /profile): it
 * expects a signed-in user. It is its own chunk, fetched the first time someone opens it, so the
 * first load stays small.
 */
export const questionBankRoutes: RouteObject[] = [
  { path: '/questions', lazy: async () => ({ Component: (await import('./QuestionBankPage')).QuestionBankPage }) },
  {
    path: '/questions/propose',
    lazy: async () => ({ Component: (await import('./ProposeQuestionPage')).ProposeQuestionPage }),
  },
  {
    path: '/questions/proposals',
    lazy: async () => ({ Component: (await import('./ProposalReviewPage')).ProposalReviewPage }),
  },
];

/** Main navigation entry: everyone browses questions. */
export const questionBankNavLinks: NavLinkEntry[] = [
  { to: '/questions', label: 'Question bank', roles: ['candidate', 'mentor', 'coordinator'] },
];
