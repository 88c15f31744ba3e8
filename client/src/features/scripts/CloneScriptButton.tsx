import type { Cohort } from '@rounds/shared';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../lib/api';
import { withNotice } from '../../lib/navigation-notice';
import { useCloneScript } from './script-queries';

interface CloneScriptButtonProps {
  scriptId: string;
  scriptTitle: string;
  /** Cohorts the person coordinates; with several, they choose where the copy goes. */
  cohorts: Cohort[];
}

/** Copies a script (usually a built-in) into a cohort the person coordinates, then opens the copy for editing. */
export function CloneScriptButton({ scriptId, scriptTitle, cohorts }: CloneScriptButtonProps) {
  const navigate = useNavigate();
  const cloneScript = useCloneScript();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const selectId = useId();
  // The cohorts may arrive after the first render: until one is chosen, the first is.
  const cohort = cohorts.find((candidate) => candidate.id === chosenId) ?? cohorts[0];
  if (!cohort) return null;
  const label = cohorts.length > 1 ? 'Clone into cohort' : 'Clone into my cohort';

  function clone() {
    cloneScript.mutate(
      { scriptId, cohortId: cohort.id },
      {
        onSuccess: (copy) =>
          void navigate(`/scripts/${copy.id}/edit`, {
            state: withNotice(`“${scriptTitle}” is copied into ${cohort.name}. Adjust it for your cohort, then save.`),
          }),
      },
    );
  }

  return (
    <div className="sb-clone">
      {cohorts.length > 1 && (
        <>
          <label htmlFor={selectId} className="visually-hidden">
            Cohort to copy “{scriptTitle}” into
          </label>
          <select
            id={selectId}
            className="sb-clone-select"
            value={cohort.id}
            onChange={(event) => setChosenId(event.target.value)}
          >
            {cohorts.map((cohort) => (
              <option key={cohort.id} value={cohort.id}>
                {cohort.name}
              </option>
            ))}
          </select>
        </>
      )}
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={cloneScript.isPending}
        aria-label={cloneScript.isPending ? undefined : `${label}: ${scriptTitle}`}
        onClick={clone}
      >
        {cloneScript.isPending ? 'Cloning…' : label}
      </button>
      {cloneScript.isError && (
        <p role="alert" className="inline-error">
          {isApiError(cloneScript.error) ? cloneScript.error.detail : 'The copy could not be made. Please try again.'}
        </p>
      )}
    </div>
  );
}
