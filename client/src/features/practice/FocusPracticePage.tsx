import { QUESTION_FAMILY_LABELS } from '@rounds/shared';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '../../components/PageStates';
import { minutesText, questionsText } from '../../lib/format-time';
import { usePageTitle } from '../../lib/use-page-title';
import { useQuestions } from '../questions/question-queries';
import { PracticeSession, type PracticeRun } from './SoloPracticePage';

/**
 * `/practice/focus?questions=<id>,<id>`: solo practice on hand-picked built-in questions (the progress page's
 * next focus names them by their stable ids), timed and optionally recorded like a script.
 */
export function FocusPracticePage() {
  usePageTitle('Practise your focus');
  const [params] = useSearchParams();
  const wanted = useMemo(() => (params.get('questions') ?? '').split(',').filter(Boolean), [params]);
  const questions = useQuestions({});
  const run = useMemo<PracticeRun | null>(() => {
    if (!questions.data) return null;
    const picked = wanted.flatMap((key) => questions.data.filter((question) => question.key === key));
    const seconds = picked.reduce((total, question) => total + question.targetSeconds, 0);
    return {
      title: 'Practise your focus',
      eyebrow: 'Solo practice · next focus',
      description: `${questionsText(picked.length)} · about ${minutesText(Math.max(1, Math.round(seconds / 60)))}`,
      items: picked.map((question) => ({ label: QUESTION_FAMILY_LABELS[question.family], question })),
      back: { to: '/progress', label: 'Back to your progress' },
    };
  }, [questions.data, wanted]);
  return (
    <>
      <p className="back-link">
        <Link to="/progress">← Your progress</Link>
      </p>
      {questions.isPending && <LoadingState label="Loading the questions…" />}
      {questions.isError && <ErrorState error={questions.error} onRetry={() => void questions.refetch()} />}
      {run && <PracticeSession run={run} />}
    </>
  );
}
