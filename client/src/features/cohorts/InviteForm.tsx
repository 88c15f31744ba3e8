import { createInvitationRequestSchema, ROLE_LABELS, type Invitation, type Role } from '@rounds/shared';
import { useRef, useState, type SubmitEvent } from 'react';
import { SelectField, TextField } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { formErrorsFrom, noFormErrors, validateWithSchema, type FormErrors } from '../../lib/form-errors';
import { useCreateInvitation, useInvitations } from './cohort-queries';
import { CopyLinkButton } from './CopyLinkButton';
import { InvitationLinkField } from './InvitationLinkField';
import { ROLE_OPTIONS, roleFromSelect } from './role-options';
import { useFocusFirstError } from '../../lib/use-focus-first-error';

const FIELDS = ['email', 'role'] as const;
type InviteField = (typeof FIELDS)[number];

/** A coordinator invites one person by e-mail with a role, then gets the link to share. */
export function InviteForm({ cohortId }: { cohortId: string }) {
  const createInvitation = useCreateInvitation(cohortId);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('candidate');
  const [errors, setErrors] = useState<FormErrors<InviteField>>(noFormErrors);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const [created, setCreated] = useState<Invitation | null>(null);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { email, role };
    const invalid = validateWithSchema(createInvitationRequestSchema, body, FIELDS);
    setErrors(invalid ?? noFormErrors());
    if (invalid) return;
    setCreated(null);
    createInvitation.mutate(body, {
      onSuccess: (invitation) => {
        setCreated(invitation);
        setEmail('');
      },
      onError: (error) => setErrors(formErrorsFrom(error, FIELDS)),
    });
  }

  return (
    <>
      <form ref={formRef} className="form form-inline" onSubmit={handleSubmit} noValidate>
        <FormAlert message={errors.form} />
        <div className="field-row">
          <TextField
            label="E-mail address"
            type="email"
            name="email"
            autoComplete="off"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={errors.fields.email}
          />
          <SelectField
            label="Role"
            name="role"
            options={ROLE_OPTIONS}
            value={role}
            onChange={(event) => setRole(roleFromSelect(event.target.value))}
            error={errors.fields.role}
          />
        </div>
        <SubmitButton pending={createInvitation.isPending} pendingLabel="Inviting…">
          Send invitation
        </SubmitButton>
      </form>
      {created && <CreatedInvitation cohortId={cohortId} invitation={created} />}
    </>
  );
}

/** The new invitation's link, while it can still be used (it disappears once withdrawn or accepted). */
function CreatedInvitation({ cohortId, invitation }: { cohortId: string; invitation: Invitation }) {
  const invitations = useInvitations(cohortId, true);
  const current = invitations.data?.find((candidate) => candidate.id === invitation.id);
  if (current && current.status !== 'pending') return null;
  return (
    <div className="created-invitation">
      <p role="status">
        <strong>Invitation ready for {invitation.email}</strong> as {ROLE_LABELS[invitation.role].toLowerCase()}. An invitation
        e-mail is queued; you can also share the link yourself. It works once.
      </p>
      {invitation.link && (
        <div className="link-with-copy">
          <InvitationLinkField link={invitation.link} email={invitation.email} />
          <CopyLinkButton link={invitation.link} email={invitation.email} linkIsVisible />
        </div>
      )}
    </div>
  );
}
