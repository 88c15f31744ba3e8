import { createBrowserRouter } from 'react-router';
import { SignInPage } from '../features/auth/SignInPage';
import { calibrationRoutes } from '../features/calibration/routes';
import { feedbackRoutes } from '../features/feedback/routes';
import { interviewDayRoutes } from '../features/interview-days/routes';
import { practiceRoutes } from '../features/practice/routes';
import { questionBankRoutes } from '../features/questions/routes';
import { roomRoutes } from '../features/room/routes';
import { schedulingRoutes } from '../features/scheduling/routes';
import { scriptRoutes } from '../features/scripts/routes';
import { standbyRoutes } from '../features/standby/routes';
import { AppShell } from './AppShell';
import { FirstPageLoading } from './FirstPageLoading';
import { NotFoundPage } from './NotFoundPage';
import { PublicLayout } from './PublicLayout';
import { RequireSession } from './RequireSession';
import { RouteErrorPage } from './RouteErrorPage';

/**
 * Sign-in and the dashboard are in the first download, which is what nearly everyone opens first;
 * every other page is a chunk of its own, fetched when it is first visited (tests/api/first-load.spec.ts
 * keeps the first download under its budget).
 */
export function createRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteErrorPage />,
      // Shown while the chunk of the page the browser opened on is still arriving.
      hydrateFallbackElement: <FirstPageLoading />,
      children: [
        {
          element: <PublicLayout />,
          children: [
            { path: '/sign-in', element: <SignInPage /> },
            {
              path: '/register',
              lazy: async () => ({ Component: (await import('../features/auth/RegisterPage')).RegisterPage }),
            },
            {
              path: '/register/confirm/:token',
              lazy: async () => ({ Component: (await import('../features/auth/RegisterConfirmPage')).RegisterConfirmPage }),
            },
            { path: '/join/:token', lazy: async () => ({ Component: (await import('../features/auth/JoinPage')).JoinPage }) },
            {
              path: '/forgot-password',
              lazy: async () => ({ Component: (await import('../features/auth/ForgotPasswordPage')).ForgotPasswordPage }),
            },
            {
              path: '/reset-password/:token',
              lazy: async () => ({ Component: (await import('../features/auth/ResetPasswordPage')).ResetPasswordPage }),
            },
          ],
        },
        {
          element: (
            <RequireSession>
              <AppShell />
            </RequireSession>
          ),
          children: [
            {
              // Lazy like every page after sign-in: the first download stays the sign-in page and the app's frame.
              index: true,
              lazy: async () => ({ Component: (await import('../features/dashboard/DashboardPage')).DashboardPage }),
            },
            {
              path: '/cohorts',
              lazy: async () => ({ Component: (await import('../features/cohorts/CohortsPage')).CohortsPage }),
            },
            {
              path: '/cohorts/:cohortId',
              lazy: async () => ({ Component: (await import('../features/cohorts/CohortPage')).CohortPage }),
            },
            {
              path: '/profile',
              lazy: async () => ({ Component: (await import('../features/profile/ProfilePage')).ProfilePage }),
            },
            {
              path: '/account',
              lazy: async () => ({ Component: (await import('../features/account/AccountPage')).AccountPage }),
            },
            ...questionBankRoutes,
            ...calibrationRoutes,
            ...scriptRoutes,
            ...practiceRoutes,
            ...schedulingRoutes,
            ...roomRoutes,
            ...standbyRoutes,
            ...feedbackRoutes,
            ...interviewDayRoutes,
            {
              path: '/dev/mailbox',
              lazy: async () => ({ Component: (await import('../features/dev/MailboxPage')).MailboxPage }),
            },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
