import type { Accommodations, Member } from '@rounds/shared';
import { useQueryClient } from '@tanstack/react-query';
import { AccommodationsForm } from '../accommodations/AccommodationsForm';
import { cohortKeys } from './cohort-queries';

/** Every setting that applies, in words, for the coordinator (who may change them); "None" otherwise. */
function describe(accommodations: Accommodations): string {
  const parts = [
    accommodations.extraTime > 1 ? `extra time ×${accommodations.extraTime}` : null,
    accommodations.audioOnly ? 'audio only' : null,
    accommodations.reducedMotion ? 'reduced motion' : null,
    accommodations.timerAnnouncements ? 'timer announcements' : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'None';
}

/** A member's accommodations on the coordinator's member list, with a disclosure to grant or change them. */
export function MemberAccommodations({ member, accommodations }: { member: Member; accommodations: Accommodations }) {
  const queryClient = useQueryClient();
  return (
    <div className="member-accommodations">
      <span>{describe(accommodations)}</span>
      <details>
        <summary>
          Change<span className="visually-hidden"> accommodations for {member.displayName}</span>
        </summary>
        <AccommodationsForm
          userId={member.userId}
          whose={member.displayName}
          initial={accommodations}
          onSaved={() => void queryClient.invalidateQueries({ queryKey: cohortKeys.all })}
        />
      </details>
    </div>
  );
}
