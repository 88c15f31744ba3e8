import { SCRIPT_SECTIONS, scriptInputSchema, TRACKS, type Cohort, type ScriptDetail, type ScriptSection } from '@rounds/shared';
import { useCallback, useEffect, useReducer, useRef, useState, type SubmitEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { SelectField, TextAreaField, TextField } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { withNotice } from '../../lib/navigation-notice';
import { oneOf } from '../../lib/one-of';
import { personaOptions, personasFor, trackOptions } from '../questions/question-options';
import { draftReducer, sectionOf, toScriptInput, totalMinutes, type ScriptDraft } from './script-draft';
import {
  fieldsFromIssues,
  hasScriptErrors,
  noScriptErrors,
  scriptErrorsFrom,
  scriptErrorsFromFields,
  type ScriptFormErrors,
} from './script-form-errors';
import { useCreateScript, useUpdateScript } from './script-queries';
import { SectionEditor } from './SectionEditor';
import { ScriptTotal } from './ScriptTotal';

type BuilderMode =
  { kind: 'create'; cohorts: Cohort[]; initialCohortId: string } | { kind: 'edit'; script: ScriptDetail; cohortName: string };

interface ScriptBuilderFormProps {
  mode: BuilderMode;
  initialDraft: ScriptDraft;
}

/** Writes a cohort's script: details, six sections with time budgets and questions, and a live total. */
export function ScriptBuilderForm({ mode, initialDraft }: ScriptBuilderFormProps) {
  const navigate = useNavigate();
  const createScript = useCreateScript();
  const updateScript = useUpdateScript(mode.kind === 'edit' ? mode.script.id : '');
  const saving = createScript.isPending || updateScript.isPending;
  const [draft, dispatch] = useReducer(draftReducer, initialDraft);
  const [cohortId, setCohortId] = useState(mode.kind === 'create' ? mode.initialCohortId : '');
  const [errors, setErrors] = useState<ScriptFormErrors>(noScriptErrors);
  const [openPicker, setOpenPicker] = useState<ScriptSection | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusTargets, setFocusTargets] = useState<string[] | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const total = totalMinutes(draft);

  // Moves focus after a change has rendered: to the first of the asked-for controls that can take it. Each
  // request is a new array, acted on once.
  const focusedFor = useRef<string[] | null>(null);
  useEffect(() => {
    if (!focusTargets || focusedFor.current === focusTargets) return;
    focusedFor.current = focusTargets;
    for (const id of focusTargets) {
      const element = document.getElementById(id);
      if (element instanceof HTMLButtonElement && !element.disabled) {
        element.focus();
        break;
      }
    }
  }, [focusTargets]);

  // After a failed save, take the person to the first field that needs attention.
  useEffect(() => {
    if (submitCount === 0 || !hasScriptErrors(errors)) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [submitCount, errors]);

  const focusSoon = useCallback((...ids: string[]) => setFocusTargets(ids), []);
  const announce = useCallback((message: string) => setAnnouncement(message), []);
  const placement = useCallback((questionId: string) => sectionOf(draft, questionId), [draft]);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const { body, sent } = toScriptInput(draft);
    const invalid: Record<string, string> = {};
    if (mode.kind === 'create' && !mode.cohorts.some((cohort) => cohort.id === cohortId)) invalid.cohortId = 'is required';
    const parsed = scriptInputSchema.safeParse(body);
    if (!parsed.success) Object.assign(invalid, fieldsFromIssues(parsed.error));
    setSubmitCount((count) => count + 1);
    if (Object.keys(invalid).length > 0) {
      setErrors(scriptErrorsFromFields(invalid, sent));
      return;
    }
    setErrors(noScriptErrors());
    const onError = (error: unknown) => setErrors(scriptErrorsFrom(error, sent));
    if (mode.kind === 'create') {
      createScript.mutate(
        { cohortId, body },
        {
          onSuccess: (script) => void navigate(`/scripts/${script.id}`, { state: withNotice(`“${script.title}” is saved.`) }),
          onError,
        },
      );
    } else {
      const previousVersion = mode.script.version;
      updateScript.mutate(body, {
        onSuccess: (script) => {
          const notice =
            script.version === previousVersion
              ? `Nothing changed, so this is still version ${script.version}.`
              : `Saved as version ${script.version}.`;
          void navigate(`/scripts/${script.id}`, { state: withNotice(notice) });
        },
        onError,
      });
    }
  }

  return (
    <form ref={formRef} className="form sb-builder" onSubmit={handleSubmit} noValidate>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>

      <section className="card" aria-labelledby="sb-details-heading">
        <div className="card-header">
          <h2 id="sb-details-heading">About the script</h2>
        </div>
        <div className="form">
          {mode.kind === 'create' && mode.cohorts.length > 1 ? (
            <SelectField
              label="Cohort"
              hint="The script belongs to this cohort: its mentors use it and its candidates can practise with it."
              options={[
                { value: '', label: 'Choose a cohort' },
                ...mode.cohorts.map((cohort) => ({ value: cohort.id, label: cohort.name })),
              ]}
              value={cohortId}
              onChange={(event) => setCohortId(event.target.value)}
              error={errors.fields.cohortId}
            />
          ) : (
            <p className="sb-cohort-line">
              For the cohort <strong>{mode.kind === 'create' ? mode.cohorts[0]?.name : mode.cohortName}</strong>
            </p>
          )}
          <TextField
            label="Title"
            required
            maxLength={120}
            hint="For example “Faculty interview: quality-improvement projects”."
            value={draft.title}
            onChange={(event) => dispatch({ type: 'text', field: 'title', value: event.target.value })}
            error={errors.fields.title}
          />
          <TextAreaField
            label="Description"
            optional
            maxLength={600}
            rows={3}
            hint="What this interviewer looks for, so mentors and candidates know what to expect."
            value={draft.description}
            onChange={(event) => dispatch({ type: 'text', field: 'description', value: event.target.value })}
            error={errors.fields.description}
          />
          <div className="field-row">
            <SelectField
              label="Track"
              hint="What the candidate is preparing for."
              options={trackOptions()}
              value={draft.track}
              onChange={(event) => {
                const track = oneOf(TRACKS, event.target.value);
                if (track) dispatch({ type: 'track', track });
              }}
              error={errors.fields.track}
            />
            <SelectField
              label="Interviewer"
              hint="Who sits across from the candidate."
              options={personaOptions(draft.track)}
              value={draft.persona}
              onChange={(event) => {
                const persona = oneOf(personasFor(draft.track), event.target.value);
                if (persona) dispatch({ type: 'persona', persona });
              }}
              error={errors.fields.persona}
            />
          </div>
        </div>
      </section>

      <div className="sb-total-sticky">
        <ScriptTotal total={total} planError={errors.plan} />
      </div>

      <section className="card" aria-labelledby="sb-sections-heading">
        <div className="card-header">
          <div>
            <h2 id="sb-sections-heading">Sections</h2>
            <p className="card-description">
              An interview runs through these in order. Include the ones this interviewer needs, give each a time budget, and
              choose its questions.
            </p>
          </div>
        </div>
        <div className="sb-sections">
          {SCRIPT_SECTIONS.map((section) => (
            <SectionEditor
              key={section}
              section={section}
              plan={draft.sections[section]}
              track={draft.track}
              persona={draft.persona}
              errors={errors.sections[section]}
              questionErrors={errors.questions}
              pickerOpen={openPicker === section}
              onPickerOpenChange={(open) => setOpenPicker(open ? section : null)}
              placement={placement}
              dispatch={dispatch}
              announce={announce}
              focusSoon={focusSoon}
            />
          ))}
        </div>
      </section>

      <FormAlert message={errors.form} />
      <div className="form-actions">
        <SubmitButton pending={saving} pendingLabel="Saving…">
          {mode.kind === 'create' ? 'Save script' : 'Save new version'}
        </SubmitButton>
        <Link to={mode.kind === 'edit' ? `/scripts/${mode.script.id}` : '/scripts'}>Cancel</Link>
      </div>
    </form>
  );
}
