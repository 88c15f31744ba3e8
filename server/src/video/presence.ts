/**
 * One person's presence in a session's room, as joins and leaves arrive. Connections are counted, so a second
 * device, or LiveKit replacing a connection (the new one may join before the old one leaves), keeps one visit
 * going; a visit ends when the last connection leaves. Times are epoch milliseconds.
 */
export interface Presence {
  firstJoinedAt: number;
  lastLeftAt: number | null;
  /** Time in the room over visits that have ended. */
  presentMs: number;
  connections: number;
  /** When the current visit began; null between visits. */
  presentSince: number | null;
}

export function afterJoin(presence: Presence | undefined, at: number): Presence {
  if (!presence) return { firstJoinedAt: at, lastLeftAt: null, presentMs: 0, connections: 1, presentSince: at };
  return {
    ...presence,
    firstJoinedAt: Math.min(presence.firstJoinedAt, at),
    connections: presence.connections + 1,
    presentSince: presence.connections === 0 ? at : presence.presentSince,
  };
}

/** A leave with no connection open (a duplicate, or one that overtook its join) changes nothing. */
export function afterLeave(presence: Presence, at: number): Presence {
  if (presence.connections === 0) return presence;
  if (presence.connections > 1) return { ...presence, connections: presence.connections - 1 };
  return endVisit(presence, at);
}

/** The room ended: whoever is still connected leaves now. */
export function afterRoomEnded(presence: Presence, at: number): Presence {
  return presence.connections === 0 ? presence : endVisit(presence, at);
}

function endVisit(presence: Presence, at: number): Presence {
  const since = presence.presentSince ?? at;
  return {
    ...presence,
    lastLeftAt: at,
    presentMs: presence.presentMs + Math.max(0, at - since),
    connections: 0,
    presentSince: null,
  };
}

/** Whole seconds in the room by `now`, the visit under way included. */
export function secondsPresent(presence: Presence, now: number): number {
  const current = presence.presentSince === null ? 0 : Math.max(0, now - presence.presentSince);
  return Math.floor((presence.presentMs + current) / 1000);
}
