import type { RouteObject } from 'react-router';
import type { NavLinkEntry } from '../../lib/nav-link';

export { UpcomingSessionsCard } from './UpcomingSessionsCard';

/**
 * Availability, booking, sessions and the coordinators' scheduling pages. Mount them as children
 * of the signed-in app shell (next to /profile): every page expects a signed-in user.
 * `/sessions/:sessionId/room`, where Join leads, is the room feature's (features/room/routes.tsx).
 * Each page is its own chunk, fetched the first time someone opens it, so the first load stays small.
 */
export const schedulingRoutes: RouteObject[] = [
  { path: '/availability', lazy: async () => ({ Component: (await import('./AvailabilityPage')).AvailabilityPage }) },
  { path: '/book', lazy: async () => ({ Component: (await import('./BookingPage')).BookingPage }) },
  { path: '/sessions', lazy: async () => ({ Component: (await import('./SessionsPage')).SessionsPage }) },
  { path: '/sessions/:sessionId', lazy: async () => ({ Component: (await import('./SessionPage')).SessionPage }) },
  {
    path: '/cohorts/:cohortId/schedule',
    lazy: async () => ({ Component: (await import('./ScheduleSessionPage')).ScheduleSessionPage }),
  },
  {
    path: '/cohorts/:cohortId/calendar',
    lazy: async () => ({ Component: (await import('./CohortCalendarPage')).CohortCalendarPage }),
  },
];

/**
 * Main navigation entries. Coordinators reach each cohort's calendar and scheduling form from
 * /sessions and from the cohort page (/cohorts/:id/calendar, /cohorts/:id/schedule).
 */
export const schedulingNavLinks: NavLinkEntry[] = [
  // Booking and availability are one click away from Sessions and the dashboard; the bar stays short.
  { to: '/sessions', label: 'Sessions', roles: ['candidate', 'mentor', 'coordinator'] },
];
