/** A one-line confirmation carried to the next page in the history state, e.g. "You joined …". */
export interface NoticeState {
  notice: string;
}

export function withNotice(notice: string): NoticeState {
  return { notice };
}

export function noticeFrom(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  return typeof state.notice === 'string' ? state.notice : null;
}
