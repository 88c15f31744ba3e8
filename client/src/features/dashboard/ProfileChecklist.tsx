import type { User } from '@rounds/shared';

interface ChecklistItem {
  label: string;
  done: boolean;
}

export function profileChecklist(user: User): ChecklistItem[] {
  return [
    { label: 'Your track (residency / fellowship, healthcare job or informational)', done: user.track !== null },
    { label: 'Your experience level', done: user.experienceLevel !== null },
    { label: 'Your specialty or the role you are aiming for', done: Boolean(user.specialty) },
    { label: 'A short bio for your mentors', done: Boolean(user.bio) },
  ];
}

/** What is still missing from the profile, so mentors can be matched well. */
export function ProfileChecklist({ user }: { user: User }) {
  return (
    <ul className="checklist">
      {profileChecklist(user).map((item) => (
        <li key={item.label} className={item.done ? 'checklist-done' : 'checklist-todo'}>
          <span className="checklist-mark" aria-hidden="true">
            {item.done ? '✓' : ''}
          </span>
          {item.label}
          <span className="visually-hidden">{item.done ? ' (done)' : ' (to do)'}</span>
        </li>
      ))}
    </ul>
  );
}
