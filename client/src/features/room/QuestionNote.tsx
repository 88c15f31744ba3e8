import { ROOM_NOTE_MAX_CHARACTERS } from '@rounds/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { timeOfDay } from '../../lib/format';
import { useSignedInUser } from '../../lib/session';

/** Typing pauses this long before a note is saved. */
const SAVE_AFTER_MS = 800;

interface QuestionNoteProps {
  questionId: string;
  /** "question 2": the label says which question the note is on. */
  questionLabel: string;
  saved: { text: string; savedAt: string } | undefined;
  /** False while the socket is reconnecting: the note waits and is saved once it is back. */
  online: boolean;
  onSave: (questionId: string, text: string) => Promise<string>;
}

/**
 * The interviewer's private note on one question, saved a moment after typing stops (and when the question
 * changes). The server keeps it, so a reload shows it again; the candidate never sees it.
 */
export function QuestionNote({ questionId, questionLabel, saved, online, onSave }: QuestionNoteProps) {
  const id = useId();
  const { timeZone } = useSignedInUser();
  const [text, setText] = useState(saved?.text ?? '');
  /** The text the server has and when it stored it, so an unchanged note is not sent again. */
  const [stored, setStored] = useState({ text: saved?.text ?? '', at: saved?.savedAt ?? null });
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const pending = useRef<{ text: string } | null>(null);

  const save = useRef(onSave);
  useEffect(() => {
    save.current = onSave;
  });

  useEffect(() => {
    if (text === stored.text || !online) return;
    pending.current = { text };
    const timer = window.setTimeout(() => {
      pending.current = null;
      setSaving(true);
      save.current(questionId, text).then(
        (at) => {
          setStored({ text, at });
          setFailure(null);
          setSaving(false);
        },
        (error: unknown) => {
          setFailure(error instanceof Error ? error.message : 'Your note could not be saved.');
          setSaving(false);
        },
      );
    }, SAVE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [text, stored.text, online, questionId]);

  // Moving to another question (or leaving) saves what was typed in the last moment.
  useEffect(
    () => () => {
      if (pending.current) void save.current(questionId, pending.current.text).catch(() => undefined);
    },
    [questionId],
  );

  const unsaved = text !== stored.text;
  let status: string;
  if (failure && unsaved) status = failure;
  else if (saving) status = 'Saving…';
  else if (unsaved) status = online ? 'Not saved yet' : 'Waiting for the connection to save';
  else if (stored.at) status = `Saved at ${timeOfDay(stored.at, timeZone)}`;
  else status = 'Only you see your notes. After the session, you choose which (if any) to share in your feedback.';

  return (
    <div className="field room-note">
      <label htmlFor={id}>Your private note on {questionLabel}</label>
      <textarea
        id={id}
        rows={5}
        maxLength={ROOM_NOTE_MAX_CHARACTERS}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={`${id}-status`}
      />
      <p id={`${id}-status`} className="field-hint room-note-status" role="status">
        {status}
      </p>
    </div>
  );
}
