import { accommodationBadges, type PartnerAccommodations } from '@rounds/shared';

/** "extra time ×1.5", "audio only" as badges: what applies, never why. Nothing when none applies. */
export function AccommodationBadges({ accommodations }: { accommodations: PartnerAccommodations | undefined }) {
  const badges = accommodations ? accommodationBadges(accommodations) : [];
  if (badges.length === 0) return null;
  return (
    <span className="accommodation-badges">
      {badges.map((badge) => (
        <span key={badge} className="badge badge-accommodation">
          {badge}
        </span>
      ))}
    </span>
  );
}
