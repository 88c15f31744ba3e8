import { ROOM_SHORTCUTS } from './room-shortcuts';

/** The interviewer's keyboard shortcuts, as the keys are wired (they do nothing while typing a note). */
export function ShortcutList() {
  return (
    <details className="room-shortcuts">
      <summary>Keyboard shortcuts</summary>
      <p className="field-hint">Single keys, anywhere in the room except while you type in your note.</p>
      <dl>
        {ROOM_SHORTCUTS.map((shortcut) => (
          <div key={shortcut.key}>
            <dt>
              <kbd>{shortcut.key}</kbd>
            </dt>
            <dd>{shortcut.label}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
