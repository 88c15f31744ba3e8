import { PERSONA_LABELS, type Persona, type RoleCard } from '@rounds/shared';
import { useId } from 'react';

interface RoleCardPanelProps {
  card: RoleCard;
  persona: Persona;
}

/** The brief for a peer who plays the other side, e.g. the professional in an informational interview. */
export function RoleCardPanel({ card, persona }: RoleCardPanelProps) {
  const headingId = useId();
  return (
    <section className="card sb-role-card" aria-labelledby={headingId}>
      <h2 id={headingId}>Role card: playing the {PERSONA_LABELS[persona].replace(/ \(.*\)$/, '').toLowerCase()}</h2>
      <dl className="sb-role-card-list">
        <div>
          <dt>Who you are</dt>
          <dd>{card.role}</dd>
        </div>
        <div>
          <dt>What you can say about your path</dt>
          <dd>
            <ul>
              {card.background.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>Keeping to time</dt>
          <dd>{card.timekeeping}</dd>
        </div>
      </dl>
    </section>
  );
}
