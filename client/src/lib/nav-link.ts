import type { Role } from '@rounds/shared';

/** An entry of the main navigation, which each feature's routes file declares for its own pages. */
export interface NavLinkEntry {
  to: string;
  label: string;
  /** Shown to people holding any of these roles. */
  roles: Role[];
}
