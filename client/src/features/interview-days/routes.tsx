import type { RouteObject } from 'react-router';

/**
 * Interview days: the coordinator's form, the day's itinerary and grid, the live view and the scores. Mount them as
 * children of the signed-in app shell; each page is its own chunk. A day's rooms are the room feature's
 * (`/sessions/:sessionId/room`), which keeps the day's one clock.
 */
export const interviewDayRoutes: RouteObject[] = [
  {
    path: '/cohorts/:cohortId/interview-days/new',
    lazy: async () => ({ Component: (await import('./CreateInterviewDayPage')).CreateInterviewDayPage }),
  },
  { path: '/interview-days/:dayId', lazy: async () => ({ Component: (await import('./InterviewDayPage')).InterviewDayPage }) },
  { path: '/interview-days/:dayId/live', lazy: async () => ({ Component: (await import('./DayLivePage')).DayLivePage }) },
  { path: '/interview-days/:dayId/scores', lazy: async () => ({ Component: (await import('./DayScoresPage')).DayScoresPage }) },
];
