import { QUESTION_FAMILY_LABELS, TRACK_LABELS, type ExperienceLevel, type QuestionView, type Track } from '@rounds/shared';
import { useId } from 'react';
import { formatDuration } from '../../lib/format-time';
import { InterviewerGuide } from './InterviewerGuide';

interface QuestionCardProps {
  question: QuestionView;
  /** Cohort names by id, to say whose question a cohort's own one is. */
  cohortNames: ReadonlyMap<string, string>;
  /** Whether the interviewer guide starts expanded. */
  guideOpen: boolean;
  /** The bank's track filter: the guide then shows that track's level expectations only. */
  track?: Track;
  highlightLevel?: ExperienceLevel;
}

/** One question of the bank: what is asked for everyone; the interviewer guide for mentors and coordinators. */
export function QuestionCard({ question, cohortNames, guideOpen, track, highlightLevel }: QuestionCardProps) {
  const headingId = useId();
  return (
    <article className="qb-question" aria-labelledby={headingId}>
      <h3 id={headingId} className="qb-prompt">
        {question.prompt}
      </h3>
      <ul className="qb-meta">
        <li>
          <span className="badge qb-family">{QUESTION_FAMILY_LABELS[question.family]}</span>
        </li>
        <li>{question.tracks.map((track) => TRACK_LABELS[track]).join(' · ')}</li>
        <li>Target answer: {formatDuration(question.targetSeconds)}</li>
        <li>
          <SourceBadge builtIn={question.builtIn} cohortId={question.cohortId} cohortNames={cohortNames} />
        </li>
        {question.status === 'retired' && (
          <li>
            <span className="badge badge-revoked">Retired</span>
          </li>
        )}
      </ul>
      {question.view === 'interviewer' && (
        // Remounted when "expand all" flips, so the new default applies to every guide.
        <details key={String(guideOpen)} className="qb-details" open={guideOpen}>
          <summary>Interviewer guide</summary>
          <InterviewerGuide question={question} track={track} highlightLevel={highlightLevel} />
        </details>
      )}
    </article>
  );
}

interface SourceBadgeProps {
  builtIn: boolean;
  cohortId: string | null;
  cohortNames: ReadonlyMap<string, string>;
}

/** "Built-in", or the name of the cohort that wrote it. */
export function SourceBadge({ builtIn, cohortId, cohortNames }: SourceBadgeProps) {
  if (builtIn || cohortId === null) return <span className="badge">Built-in</span>;
  return <span className="badge badge-role-mentor">{cohortNames.get(cohortId) ?? 'Your cohort'}</span>;
}
