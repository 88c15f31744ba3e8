import { useEffect, useState } from 'react';
import { InvitationLinkField } from './InvitationLinkField';

type CopyState = 'idle' | 'copied' | 'manual';

interface CopyLinkButtonProps {
  link: string;
  /** Whose invitation the link is, for the button's accessible name and the fallback's label. */
  email: string;
  /** The link is already shown in a field nearby: on failure point to it rather than show it again. */
  linkIsVisible?: boolean;
}

/**
 * Copies an invitation link to the clipboard. Where the browser refuses (no permission, an
 * insecure origin), it shows the link in a read-only field to copy by hand instead.
 */
export function CopyLinkButton({ link, email, linkIsVisible = false }: CopyLinkButtonProps) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard access');
      await navigator.clipboard.writeText(link);
      setState('copied');
    } catch {
      setState('manual');
    }
  }

  return (
    <div className="copy-link">
      <button type="button" className="button button-secondary button-small" onClick={() => void copy()}>
        {state === 'copied' ? 'Copied' : 'Copy link'}
        <span className="visually-hidden"> for {email}</span>
      </button>
      <span role="status" className="visually-hidden">
        {state === 'copied' ? `Invitation link for ${email} copied to the clipboard.` : ''}
      </span>
      {state === 'manual' && linkIsVisible && (
        <p className="field-hint">Your browser did not let Rounds copy it: select the link and press Ctrl+C (⌘C on a Mac).</p>
      )}
      {state === 'manual' && !linkIsVisible && (
        <InvitationLinkField
          link={link}
          email={email}
          selectOnMount
          hint="Your browser did not let Rounds copy it: the link is selected, press Ctrl+C (⌘C on a Mac)."
        />
      )}
    </div>
  );
}
