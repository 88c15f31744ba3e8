import type { RouteObject } from 'react-router';
import type { NavLinkEntry } from '../../lib/nav-link';

/** The calibration page: its own chunk, fetched the first time a mentor opens it. */
export const calibrationRoutes: RouteObject[] = [
  { path: '/calibration', lazy: async () => ({ Component: (await import('./CalibrationPage')).CalibrationPage }) },
];

/** Mentors (and the coordinators who brief them) calibrate before scoring a day. */
export const calibrationNavLinks: NavLinkEntry[] = [{ to: '/calibration', label: 'Calibrate', roles: ['mentor', 'coordinator'] }];
