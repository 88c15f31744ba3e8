import type { Role } from '@rounds/shared';
import type { RouteObject } from 'react-router';
import { AvailabilityPage } from './AvailabilityPage';
import { BookingPage } from './BookingPage';
import { RoomPage } from './RoomPage';
import { CohortCalendarPage } from './CohortCalendarPage';
import { ScheduleSessionPage } from './ScheduleSessionPage';
import { SessionPage } from './SessionPage';
import { SessionsPage } from './SessionsPage';

export { UpcomingSessionsCard } from './UpcomingSessionsCard';

/**
 * Availability, booking, sessions and the coordinators' scheduling pages. Mount them as children
 * of the signed-in app shell (next to /profile): every page expects a signed-in user.
 * `/sessions/:sessionId/room` is where Join leads: a pre-join page until the live room exists.
 */
export const schedulingRoutes: RouteObject[] = [
  { path: '/availability', element: <AvailabilityPage /> },
  { path: '/book', element: <BookingPage /> },
  { path: '/sessions', element: <SessionsPage /> },
  { path: '/sessions/:sessionId', element: <SessionPage /> },
  { path: '/sessions/:sessionId/room', element: <RoomPage /> },
  { path: '/cohorts/:cohortId/schedule', element: <ScheduleSessionPage /> },
  { path: '/cohorts/:cohortId/calendar', element: <CohortCalendarPage /> },
];

export interface SchedulingNavLink {
  to: string;
  label: string;
  /** Shown to people holding any of these roles. */
  roles: Role[];
}

/**
 * Main navigation entries. Coordinators reach each cohort's calendar and scheduling form from
 * /sessions and from the cohort page (/cohorts/:id/calendar, /cohorts/:id/schedule).
 */
export const schedulingNavLinks: SchedulingNavLink[] = [
  // Booking and availability are one click away from Sessions and the dashboard; the bar stays short.
  { to: '/sessions', label: 'Sessions', roles: ['candidate', 'mentor', 'coordinator'] },
];
