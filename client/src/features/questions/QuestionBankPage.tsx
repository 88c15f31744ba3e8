import {
  FINAL_48_HOURS,
  COMPETENCIES,
  EXPERIENCE_LEVELS,
  QUESTION_FAMILIES,
  QUESTION_FAMILY_LABELS,
  TRACKS,
  type QuestionFamily,
  type QuestionFilter,
  type QuestionView,
} from '@rounds/shared';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SelectField, TextField } from '../../components/fields';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { questionsText } from '../../lib/format-time';
import { oneOf } from '../../lib/one-of';
import { useSignedInUser } from '../../lib/session';
import { usePageTitle } from '../../lib/use-page-title';
import { useCohortNames } from '../cohorts/cohort-names';
import { competencyOptions, familyOptions, personaOptions, personasFor, shortTrackOptions } from './question-options';
import { useQuestions } from './question-queries';
import { QuestionCard } from './QuestionCard';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { levelOptions } from '../../lib/level-options';

const FILTER_KEYS = ['track', 'persona', 'level', 'competency', 'family', 'q'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

const SEARCH_DELAY_MS = 300;

/** The filters in the address bar, so a filtered view can be bookmarked and shared; unknown values are ignored. */
function filterFrom(params: URLSearchParams): QuestionFilter {
  const track = oneOf(TRACKS, params.get('track'));
  const q = params.get('q')?.trim().slice(0, 100);
  return {
    track,
    persona: oneOf(personasFor(track), params.get('persona')),
    level: oneOf(EXPERIENCE_LEVELS, params.get('level')),
    competency: oneOf(COMPETENCIES, params.get('competency')),
    family: oneOf(QUESTION_FAMILIES, params.get('family')),
    q: q || undefined,
  };
}

export function QuestionBankPage() {
  usePageTitle('Question bank');
  const user = useSignedInUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = filterFrom(searchParams);
  const questions = useQuestions(filter);
  // Guides are shown per question (a cohort's own guides only to its mentors and coordinators), so
  // what the page says follows the questions it shows; with none (yet), the person's roles.
  const interviewerRole = user.roles.includes('mentor') || user.roles.includes('coordinator');
  const shown = questions.data && questions.data.length > 0 ? questions.data : null;
  const someGuides = shown ? shown.some((question) => question.view === 'interviewer') : interviewerRole;
  const somePromptsOnly = shown ? shown.some((question) => question.view === 'candidate') : !interviewerRole;
  const cohortNames = useCohortNames();
  const [guidesOpen, setGuidesOpen] = useState(false);

  function setFilter(changes: Partial<Record<FilterKey, string | undefined>>) {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        // A persona belongs to a track: drop one the newly chosen track does not have.
        const track = oneOf(TRACKS, next.get('track'));
        if (!oneOf(personasFor(track), next.get('persona'))) next.delete('persona');
        return next;
      },
      { replace: true },
    );
  }

  const anyFilter = FILTER_KEYS.some((key) => searchParams.has(key));

  return (
    <>
      <div className="page-header">
        <h1>Question bank</h1>
        <p className="lead">
          Every built-in question and your cohorts' own, with what each one assesses and how long a good answer takes.
        </p>
        {(user.roles.includes('mentor') || user.roles.includes('coordinator')) && (
          <p className="qb-actions">
            {user.roles.includes('mentor') && (
              <Link className="button button-secondary" to="/questions/propose">
                Propose a question
              </Link>
            )}{' '}
            {user.roles.includes('coordinator') && (
              <Link className="button button-secondary" to="/questions/proposals">
                Review proposed questions
              </Link>
            )}
          </p>
        )}
      </div>

      <details className="notice qb-final-48">
        <summary>Your final 48 hours before a real interview</summary>
        {FINAL_48_HOURS.map((step) => (
          <section key={step.when} aria-label={step.when}>
            <h2 className="qb-final-48-when">{step.when}</h2>
            <ul>
              {step.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </section>
        ))}
      </details>

      {somePromptsOnly && (
        <p className="notice qb-note">
          {someGuides
            ? 'Questions without an interviewer guide belong to a cohort where you are a candidate: their guides are visible to that cohort’s mentors and coordinators.'
            : 'You see each question as your interviewer will ask it. Interviewer guides (what a question assesses, follow-up probes and rubric) are visible to mentors and coordinators.'}
        </p>
      )}

      <section className="card qb-filters" aria-labelledby="qb-filters-heading">
        <h2 id="qb-filters-heading" className="visually-hidden">
          Filters
        </h2>
        <form role="search" aria-label="Filter questions" onSubmit={(event) => event.preventDefault()}>
          <div className="qb-search">
            <SearchField urlValue={filter.q ?? ''} interviewer={interviewerRole} onSettled={(q) => setFilter({ q })} />
          </div>
          <div className="qb-filter-grid">
            <SelectField
              label="Track"
              options={shortTrackOptions('All tracks')}
              value={filter.track ?? ''}
              onChange={(event) => setFilter({ track: event.target.value })}
            />
            <SelectField
              label="Interviewer"
              options={personaOptions(filter.track, 'Any interviewer')}
              value={filter.persona ?? ''}
              onChange={(event) => setFilter({ persona: event.target.value })}
            />
            <SelectField
              label="Experience level"
              options={levelOptions(filter.track, 'Any level')}
              value={filter.level ?? ''}
              onChange={(event) => setFilter({ level: event.target.value })}
            />
            <SelectField
              label="Competency"
              options={competencyOptions('Any competency')}
              value={filter.competency ?? ''}
              onChange={(event) => setFilter({ competency: event.target.value })}
            />
            <SelectField
              label="Question family"
              options={familyOptions('All families')}
              value={filter.family ?? ''}
              onChange={(event) => setFilter({ family: event.target.value })}
            />
          </div>
          <div className="qb-filter-actions">
            {anyFilter && (
              <button type="button" className="button button-quiet" onClick={() => setSearchParams({}, { replace: true })}>
                Clear filters
              </button>
            )}
            {someGuides && (
              <label className="qb-toggle">
                <input type="checkbox" checked={guidesOpen} onChange={(event) => setGuidesOpen(event.target.checked)} />
                Expand all interviewer guides
              </label>
            )}
          </div>
        </form>
      </section>

      <p role="status" className="qb-count">
        {questions.isSuccess && (
          <>
            <strong>{questionsText(questions.data.length)}</strong>
            {!anyFilter ? ' in the bank' : questions.data.length === 1 ? ' matches these filters' : ' match these filters'}
            {questions.isPlaceholderData && <span className="muted"> · updating…</span>}
          </>
        )}
      </p>

      {questions.isPending && <LoadingState label="Loading questions…" />}
      {questions.isError && <ErrorState error={questions.error} onRetry={() => void questions.refetch()} />}
      {questions.isSuccess && questions.data.length === 0 && (
        <div className="empty-state-block">
          <p className="empty-state-title">No questions match</p>
          <p>Try another track or interviewer, fewer filters, or a shorter search.</p>
        </div>
      )}
      {questions.isSuccess &&
        groupByFamily(questions.data).map(([family, group]) => (
          <section key={family} className="qb-group" aria-labelledby={`qb-family-${family}`}>
            <h2 id={`qb-family-${family}`}>
              {QUESTION_FAMILY_LABELS[family]} <span className="muted">({group.length})</span>
            </h2>
            <ul className="qb-list">
              {group.map((question) => (
                <li key={question.id}>
                  <QuestionCard
                    question={question}
                    cohortNames={cohortNames}
                    guideOpen={guidesOpen}
                    track={filter.track}
                    highlightLevel={filter.level}
                  />
                </li>
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}

interface SearchFieldProps {
  /** The search in the address bar. */
  urlValue: string;
  /** Whether the person mentors or coordinates somewhere, so guides' text is searched too. */
  interviewer: boolean;
  /** Called once typing pauses, with the trimmed text. */
  onSettled: (q: string) => void;
}

/** Search as you type: the address bar (and so the query) follows once typing pauses. */
function SearchField({ urlValue, interviewer, onSettled }: SearchFieldProps) {
  const [text, setText] = useState(urlValue);
  const settled = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  const lastSent = useRef(urlValue);
  const onSettledRef = useRef(onSettled);
  useEffect(() => {
    onSettledRef.current = onSettled;
  });

  // The address changed from elsewhere (back button, "Clear filters"): show its search.
  useEffect(() => {
    if (urlValue !== lastSent.current) {
      lastSent.current = urlValue;
      setText(urlValue);
    }
  }, [urlValue]);

  // Only when the typed text settles, so a change of address is never overwritten by older typing.
  useEffect(() => {
    if (settled === lastSent.current) return;
    lastSent.current = settled;
    onSettledRef.current(settled);
  }, [settled]);

  return (
    <TextField
      type="search"
      label="Search"
      hint={
        interviewer
          ? 'Searches the prompts, what each question assesses and the framework hints.'
          : 'Searches the wording of the questions.'
      }
      maxLength={100}
      autoComplete="off"
      value={text}
      onChange={(event) => setText(event.target.value)}
    />
  );
}

function groupByFamily(questions: QuestionView[]): [QuestionFamily, QuestionView[]][] {
  const groups = new Map<QuestionFamily, QuestionView[]>();
  for (const question of questions) {
    const group = groups.get(question.family);
    if (group) group.push(question);
    else groups.set(question.family, [question]);
  }
  return QUESTION_FAMILIES.filter((family) => groups.has(family)).map((family) => [family, groups.get(family)!]);
}
