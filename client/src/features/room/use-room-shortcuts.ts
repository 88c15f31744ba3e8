import type { RoomActionType } from '@rounds/shared';
import { useEffect, useRef } from 'react';
import { isTypingTarget, shortcutAction } from './room-shortcuts';

/**
 * The interviewer's single-key shortcuts, anywhere on the page except while typing in a text box (the note)
 * or choosing from a list. Only actions available now fire; the browser's own Ctrl/Alt/Meta keys are left alone.
 */
export function useRoomShortcuts(
  enabled: boolean,
  available: ReadonlySet<RoomActionType>,
  onShortcut: (action: RoomActionType) => void,
) {
  const latest = useRef({ available, onShortcut });
  useEffect(() => {
    latest.current = { available, onShortcut };
  });

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = shortcutAction(event, isTypingTarget(event.target), latest.current.available);
      if (!action) return;
      event.preventDefault();
      latest.current.onShortcut(action);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
