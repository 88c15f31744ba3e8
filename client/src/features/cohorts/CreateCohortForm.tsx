import { createCohortRequestSchema } from '@rounds/shared';
import { useRef, useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { TextAreaField, TextField } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { formErrorsFrom, noFormErrors, validateWithSchema, type FormErrors } from '../../lib/form-errors';
import { useCreateCohort } from './cohort-queries';
import { useFocusFirstError } from '../../lib/use-focus-first-error';

const FIELDS = ['name', 'description'] as const;
type CohortField = (typeof FIELDS)[number];

export function CreateCohortForm() {
  const navigate = useNavigate();
  const createCohort = useCreateCohort();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<FormErrors<CohortField>>(noFormErrors);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { name, description };
    const invalid = validateWithSchema(createCohortRequestSchema, body, FIELDS);
    setErrors(invalid ?? noFormErrors());
    if (invalid) return;
    createCohort.mutate(body, {
      // Next step is inviting people, which happens on the cohort's page.
      onSuccess: (cohort) => void navigate(`/cohorts/${cohort.id}`),
      onError: (error) => setErrors(formErrorsFrom(error, FIELDS)),
    });
  }

  return (
    <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
      <FormAlert message={errors.form} />
      <TextField
        label="Name"
        name="name"
        required
        maxLength={120}
        hint="For example “Spring 2027 EM residency prep”."
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.fields.name}
      />
      <TextAreaField
        label="Description"
        optional
        name="description"
        maxLength={2000}
        rows={3}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={errors.fields.description}
      />
      <SubmitButton pending={createCohort.isPending} pendingLabel="Creating…">
        Create cohort
      </SubmitButton>
    </form>
  );
}
