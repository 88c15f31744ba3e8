import type { Member, Role } from '@rounds/shared';

/**
 * The members whose name, e-mail address (when the viewer may see it) or role contains every word of the query, case
 * and accents aside. An empty query keeps everyone.
 */
export function membersMatching(members: readonly Member[], query: string, roleLabel: (role: Role) => string): Member[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...members];
  return members.filter((member) => {
    const text = fold([member.displayName, member.email ?? '', roleLabel(member.role)].join(' '));
    return words.every((word) => text.includes(word));
  });
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
