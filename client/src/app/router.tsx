import { createBrowserRouter } from 'react-router';
import { JoinPage } from '../features/auth/JoinPage';
import { RegisterConfirmPage } from '../features/auth/RegisterConfirmPage';
import { RegisterPage } from '../features/auth/RegisterPage';
import { SignInPage } from '../features/auth/SignInPage';
import { CohortPage } from '../features/cohorts/CohortPage';
import { CohortsPage } from '../features/cohorts/CohortsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { questionBankRoutes } from '../features/questions/routes';
import { schedulingRoutes } from '../features/scheduling/routes';
import { MailboxPage } from '../features/dev/MailboxPage';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import { PublicLayout } from './PublicLayout';
import { RequireSession } from './RequireSession';
import { RouteErrorPage } from './RouteErrorPage';

export function createRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteErrorPage />,
      children: [
        {
          element: <PublicLayout />,
          children: [
            { path: '/sign-in', element: <SignInPage /> },
            { path: '/register', element: <RegisterPage /> },
            { path: '/register/confirm/:token', element: <RegisterConfirmPage /> },
            { path: '/join/:token', element: <JoinPage /> },
          ],
        },
        {
          element: (
            <RequireSession>
              <AppShell />
            </RequireSession>
          ),
          children: [
            { index: true, element: <DashboardPage /> },
            { path: '/cohorts', element: <CohortsPage /> },
            { path: '/cohorts/:cohortId', element: <CohortPage /> },
            { path: '/profile', element: <ProfilePage /> },
            ...questionBankRoutes,
            ...schedulingRoutes,
            { path: '/dev/mailbox', element: <MailboxPage /> },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
