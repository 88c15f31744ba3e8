import { ROLE_LABELS, type Member } from '@rounds/shared';
import { membersMatching } from './member-search';

const member = (displayName: string, role: Member['role'], email: string | null = null): Member => ({
  userId: displayName,
  displayName,
  email,
  role,
  track: null,
  timeZone: 'UTC',
  joinedAt: '2026-01-01T00:00:00.000Z',
});

describe('membersMatching', () => {
  const members = [
    member('Amara Nwosu', 'candidate', 'amara@example.org'),
    member('Dr. Priya Raman', 'mentor'),
    member('José Núñez', 'candidate'),
  ];
  const names = (query: string) => membersMatching(members, query, (role) => ROLE_LABELS[role]).map((m) => m.displayName);

  it('keeps everyone for an empty query', () => {
    expect(names('  ')).toHaveLength(3);
  });

  it('matches every word in the name, e-mail or role, ignoring case and accents', () => {
    expect(names('jose')).toEqual(['José Núñez']);
    expect(names('AMARA@example')).toEqual(['Amara Nwosu']);
    expect(names('mentor')).toEqual(['Dr. Priya Raman']);
    expect(names('candidate nunez')).toEqual(['José Núñez']);
    expect(names('nobody')).toEqual([]);
  });
});
