import { SCRIPT_SECTION_LABELS, type ScriptDetail } from '@rounds/shared';
import { formatClock, formatDuration, minutesText } from '../../lib/format-time';
import { InterviewerGuide } from '../questions/InterviewerGuide';

/** The sections of a script with their start times (0:00, 4:00 …), each section's questions in order. */
export function ScriptTimeline({ script }: { script: ScriptDetail }) {
  const planned = plan(script.sections);
  const endMinute = script.sections.reduce((sum, section) => sum + section.minutes, 0);
  return (
    <ol className="sb-timeline">
      {planned.map(({ section, start, firstNumber }) => {
        const headingId = `sb-section-${section.section}`;
        return (
          <li key={section.section} className="sb-timeline-section" aria-labelledby={headingId}>
            <div className="sb-timeline-time" aria-hidden="true">
              {formatClock(start * 60)}
            </div>
            <div className="sb-timeline-body">
              <h2 id={headingId} className="sb-timeline-heading">
                <span className="visually-hidden">From {formatClock(start * 60)}: </span>
                {SCRIPT_SECTION_LABELS[section.section]}
                <span className="sb-timeline-minutes">{minutesText(section.minutes)}</span>
              </h2>
              {section.questions.length === 0 ? (
                <p className="muted">
                  {section.section === 'candidate_questions'
                    ? 'The candidate asks their own questions.'
                    : 'No set questions: use the time as the conversation needs.'}
                </p>
              ) : (
                <ol className="sb-timeline-questions">
                  {section.questions.map((question, index) => {
                    return (
                      <li key={question.id} className="sb-timeline-question" value={firstNumber + index}>
                        <p className="sb-timeline-prompt">{question.prompt}</p>
                        <p className="sb-timeline-target">Target answer: {formatDuration(question.targetSeconds)}</p>
                        {question.view === 'interviewer' && (
                          <InterviewerGuide question={question} track={script.track} collapseLevels />
                        )}
                      </li>
                    );
                  })}
                </ol>
              )}
            </div>
          </li>
        );
      })}
      <li className="sb-timeline-section sb-timeline-end">
        <div className="sb-timeline-time" aria-hidden="true">
          {formatClock(endMinute * 60)}
        </div>
        <div className="sb-timeline-body">
          <p className="sb-timeline-heading">End · total {minutesText(script.totalMinutes)}</p>
        </div>
      </li>
    </ol>
  );
}

type Section = ScriptDetail['sections'][number];

/** Each section with the minute it starts at and the number of its first question (numbering runs on). */
function plan(sections: Section[]): { section: Section; start: number; firstNumber: number }[] {
  const planned: { section: Section; start: number; firstNumber: number }[] = [];
  let start = 0;
  let firstNumber = 1;
  for (const section of sections) {
    planned.push({ section, start, firstNumber });
    start += section.minutes;
    firstNumber += section.questions.length;
  }
  return planned;
}
