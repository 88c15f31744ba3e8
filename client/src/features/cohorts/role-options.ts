import { ROLE_LABELS, ROLES, type Role } from '@rounds/shared';
import type { SelectOption } from '../../components/fields';
import { oneOf } from '../../lib/one-of';

export const ROLE_OPTIONS: SelectOption[] = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function roleFromSelect(value: string): Role {
  return oneOf(ROLES, value) ?? 'candidate';
}
