import type { RouteObject } from 'react-router';
import { Navigate, useParams } from 'react-router';
import type { NavLinkEntry } from '../../lib/nav-link';

/** The feedback e-mails link to `/sessions/:id/feedback`: the session page holds what is owed there. */
function SessionFeedbackRedirect() {
  const { sessionId = '' } = useParams();
  return <Navigate to={`/sessions/${sessionId}`} replace />;
}

/**
 * Feedback forms, the candidate's progress (with Recharts, which only that page's chunk downloads) and the
 * coordinator's cohort view. Mount them as children of the signed-in app shell. The session page shows a
 * session's feedback through `SessionFeedback` (features/feedback/SessionFeedback.tsx).
 */
export const feedbackRoutes: RouteObject[] = [
  { path: '/sessions/:sessionId/feedback', element: <SessionFeedbackRedirect /> },
  {
    path: '/sessions/:sessionId/feedback/:kind',
    lazy: async () => ({ Component: (await import('./FeedbackFormPage')).FeedbackFormPage }),
  },
  { path: '/progress', lazy: async () => ({ Component: (await import('./ProgressPage')).ProgressPage }) },
  {
    path: '/cohorts/:cohortId/feedback',
    lazy: async () => ({ Component: (await import('./CohortFeedbackPage')).CohortFeedbackPage }),
  },
];

export const feedbackNavLinks: NavLinkEntry[] = [{ to: '/progress', label: 'Progress', roles: ['candidate'] }];
