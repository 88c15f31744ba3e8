import { useEffect, useId, useRef } from 'react';

interface InvitationLinkFieldProps {
  link: string;
  email: string;
  hint?: string;
  /** Select the text at once, ready for Ctrl+C. */
  selectOnMount?: boolean;
}

/** An invitation's registration link in a read-only field: visible, selectable and copyable by hand. */
export function InvitationLinkField({ link, email, hint, selectOnMount = false }: InvitationLinkFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!selectOnMount) return;
    input.current?.focus();
    input.current?.select();
  }, [selectOnMount]);

  return (
    <div className="field link-field">
      <label htmlFor={id}>Invitation link for {email}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <input
        ref={input}
        id={id}
        type="text"
        readOnly
        value={link}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onFocus={(event) => event.target.select()}
        spellCheck={false}
      />
    </div>
  );
}
