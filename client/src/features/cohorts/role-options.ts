import { ROLE_LABELS, ROLES, type Role } from '@rounds/shared';
import type { SelectOption } from '../../components/fields';

export const ROLE_OPTIONS: SelectOption[] = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function roleFromSelect(value: string): Role {
  return ROLES.find((role) => role === value) ?? 'candidate';
}
