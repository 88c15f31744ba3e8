import type { RoomActionType } from '@rounds/shared';

/** What the interviewer's keys do; also listed on screen, so the two never disagree. */
export const ROOM_SHORTCUTS: readonly { key: string; label: string; actions: readonly RoomActionType[] }[] = [
  { key: 'S', label: 'Start the interview', actions: ['start'] },
  { key: 'R', label: 'Reveal the question', actions: ['reveal'] },
  { key: 'N', label: 'Next question', actions: ['next'] },
  { key: 'P', label: 'Previous question', actions: ['previous'] },
  { key: 'T', label: 'Start or stop the answer timer', actions: ['timer_start', 'timer_stop'] },
  { key: 'X', label: 'Propose or accept swapping roles (peer sessions, from half time)', actions: ['swap'] },
  { key: 'W', label: 'Wrap up, or go back to the questions', actions: ['wrap_up', 'resume'] },
  { key: 'E', label: 'End the session (asks you to confirm)', actions: ['end'] },
];

/**
 * The action a key press asks for, among those available now; null for any other key. A key pressed with
 * Ctrl, Alt or Meta belongs to the browser, and one typed into a text box belongs to the text.
 */
export function shortcutAction(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'repeat'>,
  typing: boolean,
  available: ReadonlySet<RoomActionType>,
): RoomActionType | null {
  if (typing || event.ctrlKey || event.altKey || event.metaKey || event.repeat) return null;
  const shortcut = ROOM_SHORTCUTS.find((entry) => entry.key === event.key.toUpperCase());
  return shortcut?.actions.find((action) => available.has(action)) ?? null;
}

/** Whether key presses on this element are text being typed (or a choice being made), not commands. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  return element.isContentEditable || element.closest('input, textarea, select, [contenteditable="true"]') !== null;
}
